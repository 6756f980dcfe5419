import { describe, expect, it } from 'vitest';
import {
  addCode,
  createCodebook,
  importCodebookCsv,
} from '../../../../src/core/codebook';
import {
  exportCodebook,
  suggestBaseName,
} from '../../../../src/renderer/features/codebook/export-codebook';
import type {
  Platform,
  SaveRequest,
} from '../../../../src/renderer/platform/types';
import { guid, must, testContext } from '../../core/codebook/support';

function recordingPlatform(saved: SaveRequest[]): Platform {
  return {
    saveFile: (request: SaveRequest) => {
      saved.push(request);
      return Promise.resolve({ saved: true, location: request.suggestedName });
    },
  } as unknown as Platform;
}

describe('exporting the codebook', () => {
  it('names the file after the project without characters files cannot hold', () => {
    expect(suggestBaseName('Pods: 2021/22 "final"')).toBe(
      'Pods 2021 22 final codebook',
    );
    expect(suggestBaseName(' \t')).toBe('codebook');
  });

  it('refuses a .qdc of an empty codebook and writes nothing', async () => {
    const saved: SaveRequest[] = [];
    const outcome = await exportCodebook(
      recordingPlatform(saved),
      createCodebook(testContext()),
      'Pods',
      'qdc',
    );

    expect(outcome.kind === 'refused' && outcome.problems[0]!.code).toBe(
      'QDC_NO_CODES',
    );
    expect(saved).toEqual([]);
  });

  it('saves the Podscan codebook file as JSON', async () => {
    const saved: SaveRequest[] = [];
    const outcome = await exportCodebook(
      recordingPlatform(saved),
      createCodebook(testContext()),
      'Pods',
      'json',
    );

    expect(outcome).toEqual({
      kind: 'saved',
      location: 'Pods codebook.codebook.json',
    });
    expect(JSON.parse(saved[0]!.data as string)).toMatchObject({
      format: 'podscan-codebook',
      codebook: { version: 1, codes: [] },
    });
  });

  it('saves a CSV table with a byte-order mark that reads back to the same codes', async () => {
    const context = testContext();
    const codebook = must(
      addCode(
        createCodebook(context),
        { name: 'Age > 65', definition: '=over 65' },
        context,
      ),
    ).codebook;
    const saved: SaveRequest[] = [];
    const outcome = await exportCodebook(
      recordingPlatform(saved),
      codebook,
      'Pods',
      'csv',
    );
    const data = saved[0]!.data as string;
    const read = must(
      importCodebookCsv(new TextEncoder().encode(data), testContext()),
    );

    expect(outcome).toEqual({ kind: 'saved', location: 'Pods codebook.csv' });
    expect(saved[0]!.filters).toEqual([
      { name: 'Codebook table (CSV)', extensions: ['csv'] },
    ]);
    expect(data.startsWith('\uFEFFkind,guid,path,')).toBe(true);
    expect(data).toContain(`code,${guid(1)},Age \\> 65,,yes,no,"'=over 65",`);
    expect(read.codebook.codes).toEqual(codebook.codes);
  });

  it('passes on what the CSV table does not keep', async () => {
    const context = testContext();
    const codebook = must(
      addCode(createCodebook(context), { name: 'Meals' }, context),
    ).codebook;
    const outcome = await exportCodebook(
      recordingPlatform([]),
      { ...codebook, aliases: { [guid(9)]: codebook.codes[0]!.id } },
      'Pods',
      'csv',
    );

    expect(
      outcome.kind === 'saved' && outcome.warnings?.map((w) => w.code),
    ).toEqual(['TABLE_ALIASES_NOT_KEPT']);
  });
});
