import { describe, expect, it } from 'vitest';
import { invertEdit, isEffectiveChange } from '../../../../src/core/edits';
import { asColumnKey, asRecordKey } from '../../../../src/core/model/ids';

describe('record edits', () => {
  it('inverts every change of an edit', () => {
    const edit = {
      recordKey: asRecordKey('LP-0001'),
      changes: [
        {
          column: asColumnKey('city'),
          oldValue: 'Tulsa',
          newValue: 'Tulsa, OK',
        },
        { column: asColumnKey('state'), oldValue: '', newValue: 'OK' },
      ],
    };

    expect(invertEdit(edit)).toEqual({
      recordKey: 'LP-0001',
      changes: [
        { column: 'city', oldValue: 'Tulsa, OK', newValue: 'Tulsa' },
        { column: 'state', oldValue: 'OK', newValue: '' },
      ],
    });
  });

  it('treats a change to the same text as no change', () => {
    const column = asColumnKey('city');
    expect(isEffectiveChange({ column, oldValue: 'a', newValue: 'a' })).toBe(
      false,
    );
    expect(isEffectiveChange({ column, oldValue: 'a', newValue: 'A' })).toBe(
      true,
    );
  });
});
