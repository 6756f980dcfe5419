import { describe, expect, it } from 'vitest';
import {
  choiceFor,
  chooseForAll,
  chooseOne,
  countMissingChoices,
  findApplyBlock,
} from '../../../../../src/renderer/features/exchange/merge-choices';
import type { MergePreview } from '../../../../../src/renderer/features/exchange/merge-preview';

/** Two listed field conflicts of three, one listed same-name code. */
const PREVIEW = {
  records: {
    conflicts: [
      { recordKey: 'P-1', source: 'a', fields: [] },
      { recordKey: 'P-2', source: 'a', fields: [] },
    ],
  },
  codebook: {
    differences: [],
    sameName: [
      {
        name: 'Free',
        incomingGuid: 'g-2',
        existingGuid: 'g-1',
        existingName: 'Free',
        source: 'a',
      },
    ],
  },
  consensus: { conflicts: [] },
  unresolved: { field: 3, codebook: 0, same_name: 1, consensus: 0 },
} as unknown as MergePreview;

describe('merge choices', () => {
  it('counts every choice missing, including records not listed', () => {
    const some = chooseOne({}, 'fields', 'P-1', 'incoming');

    expect(countMissingChoices(PREVIEW, {})).toBe(4);
    expect(countMissingChoices(PREVIEW, some)).toBe(3);
  });

  it('settles unlisted records only with a choice for all', () => {
    const listed = chooseOne(
      chooseOne({}, 'fields', 'P-1', 'base'),
      'fields',
      'P-2',
      'base',
    );
    const all = chooseForAll(listed, 'fields', 'incoming');

    expect(countMissingChoices(PREVIEW, listed)).toBe(2);
    expect(countMissingChoices(PREVIEW, all)).toBe(1);
    expect(
      countMissingChoices(PREVIEW, chooseOne(all, 'sameName', 'g-2', 'map')),
    ).toBe(0);
  });

  it('prefers an item’s own choice over the one for all', () => {
    const choices = chooseOne(
      chooseForAll({}, 'fields', 'incoming'),
      'fields',
      'P-1',
      'base',
    );

    expect(choiceFor(choices, 'fields', 'P-1')).toBe('base');
    expect(choiceFor(choices, 'fields', 'P-2')).toBe('incoming');
    expect(
      choiceFor(chooseForAll(choices, 'fields', undefined), 'fields', 'P-2'),
    ).toBeUndefined();
  });

  it('refuses to apply a merge that changes nothing, saying so', () => {
    const settled = { ...PREVIEW, wouldChange: false };

    expect(findApplyBlock(settled, 0)).toBe(
      'Nothing to change: the project already holds everything in these ' +
        'files.',
    );
    expect(findApplyBlock({ ...PREVIEW, wouldChange: true }, 0)).toBeNull();
  });

  it('refuses to apply while choices are missing, counting them', () => {
    expect(findApplyBlock({ ...PREVIEW, wouldChange: null }, 1)).toBe(
      '1 choice still needed before the merge can be applied.',
    );
    expect(findApplyBlock({ ...PREVIEW, wouldChange: null }, 4)).toBe(
      '4 choices still needed before the merge can be applied.',
    );
  });
});
