import type { CodeId } from '../model/ids';
import type { CodeSet, CodeSetId } from './types';

export type SetMembershipDiff = {
  readonly setId: CodeSetId;
  /** The set's name in the newer codebook. */
  readonly name: string;
  readonly codeIds: readonly CodeId[];
};

export type SetDiff = {
  readonly added: readonly CodeSet[];
  readonly removed: readonly CodeSet[];
  readonly renamed: readonly {
    readonly setId: CodeSetId;
    readonly before: string;
    readonly after: string;
  }[];
  readonly described: readonly {
    readonly setId: CodeSetId;
    readonly name: string;
    readonly before: string;
    readonly after: string;
  }[];
  readonly membersAdded: readonly SetMembershipDiff[];
  readonly membersRemoved: readonly SetMembershipDiff[];
};

/** Set changes between two versions, sets matched by GUID. */
export function diffSets(
  older: readonly CodeSet[],
  newer: readonly CodeSet[],
): SetDiff {
  const oldById = new Map(older.map((set) => [set.id, set]));
  const newIds = new Set(newer.map((set) => set.id));
  const pairs = newer.flatMap((set) => {
    const before = oldById.get(set.id);
    return before === undefined ? [] : [[before, set] as const];
  });
  const membership = (from: CodeSet, to: CodeSet): SetMembershipDiff[] => {
    const codeIds = to.codeIds.filter((id) => !from.codeIds.includes(id));
    return codeIds.length === 0
      ? []
      : [{ setId: to.id, name: to.name, codeIds }];
  };
  return {
    added: newer.filter((set) => !oldById.has(set.id)),
    removed: older.filter((set) => !newIds.has(set.id)),
    renamed: pairs.flatMap(([before, after]) =>
      before.name === after.name
        ? []
        : [{ setId: after.id, before: before.name, after: after.name }],
    ),
    described: pairs.flatMap(([before, after]) =>
      before.description === after.description
        ? []
        : [
            {
              setId: after.id,
              name: after.name,
              before: before.description,
              after: after.description,
            },
          ],
    ),
    membersAdded: pairs.flatMap(([before, after]) => membership(before, after)),
    membersRemoved: pairs.flatMap(([before, after]) =>
      membership(after, before).map((each) => ({ ...each, name: after.name })),
    ),
  };
}
