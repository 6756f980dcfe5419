import { describe, expect, it } from 'vitest';
import { mergeCodes } from '../../../../src/core/codebook';
import {
  createCodebookSave,
  listRemapChanges,
  remapCoding,
  remapCodings,
  selectLayer,
} from '../../../../src/core/coding';
import {
  ADA,
  BEA,
  at,
  codeId,
  coding,
  key,
  must,
  sampleCodebook,
  stepClock,
} from './support';

describe('remapping layers after a merge of two codes', () => {
  it('combines codings so a record that had both codes keeps the survivor once', () => {
    const merged = must(
      mergeCodes(sampleCodebook(), codeId(3), codeId(2), {
        actor: 'Ada Lead',
        clock: stepClock(),
        newId: () => 'unused',
      }),
    );
    const both = coding(ADA, 1, [2, 3, 6], { status: 'done' });
    const mergedOnly = coding(BEA, 2, [3]);
    const untouched = coding(BEA, 3, [2, 6]);

    const changes = listRemapChanges(
      [both, mergedOnly, untouched],
      merged.aliases,
    );

    expect(changes).toStrictEqual([
      {
        kind: 'code',
        recordKey: key(1),
        coderId: ADA,
        before: both,
        after: { ...both, codes: [codeId(2), codeId(6)] },
      },
      {
        kind: 'code',
        recordKey: key(2),
        coderId: BEA,
        before: mergedOnly,
        after: { ...mergedOnly, codes: [codeId(2)] },
      },
    ]);
  });

  it('follows chained aliases and keeps times, status and version', () => {
    const aliases = { [codeId(9)]: codeId(8), [codeId(8)]: codeId(2) };
    const old = coding(ADA, 1, [9], { codebookVersion: 3, status: 'flagged' });

    const [remapped] = remapCodings([old], aliases);

    expect(remapped).toStrictEqual({ ...old, codes: [codeId(2)] });
  });

  it('returns the same coding when no alias applies', () => {
    const plain = coding(ADA, 1, [2, 6]);

    expect(remapCoding(plain, { [codeId(9)]: codeId(2) })).toBe(plain);
  });
});

describe('selecting a layer', () => {
  it('keeps only the coder’s own entries', () => {
    const mine = coding(ADA, 1, [2]);
    const layer = selectLayer([mine, coding(BEA, 1, [3])], ADA);

    expect(layer).toStrictEqual(new Map([[key(1), mine]]));
  });
});

describe('saving a merged codebook', () => {
  it('prepares the version check, the event and the remapped codings', () => {
    const base = sampleCodebook();
    const merged = must(
      mergeCodes(base, codeId(3), codeId(2), {
        actor: 'Ada Lead',
        clock: stepClock(),
        newId: () => 'unused',
      }),
    );
    const devices = coding(BEA, 2, [3]);

    const save = createCodebookSave(
      base,
      merged,
      { at: at(40), actor: 'Ada Lead' },
      [devices, coding(ADA, 1, [6])],
    );

    expect(save).toStrictEqual({
      baseVersion: 7,
      event: {
        at: at(40),
        actor: 'Ada Lead',
        recordKey: null,
        detail: {
          kind: 'codebook',
          fromVersion: 7,
          toVersion: 8,
          remappedCodings: 1,
        },
      },
      codings: [
        {
          kind: 'code',
          recordKey: key(2),
          coderId: BEA,
          before: devices,
          after: { ...devices, codes: [codeId(2)] },
        },
      ],
    });
  });
});
