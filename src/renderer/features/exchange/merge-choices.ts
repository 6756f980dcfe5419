import type {
  Choices,
  MergeResolutions,
  MergeSide,
  SameNameChoice,
} from '../../../core/merge';
import { countOf } from '../../../core/scan';
import type { MergePreview } from './merge-preview';

/** The kinds of choice a merge can need, as MergeResolutions names them. */
export type ChoiceKind = keyof MergeResolutions;

type ChoiceValue<K extends ChoiceKind> = K extends 'sameName'
  ? SameNameChoice
  : MergeSide;

/** The choices with one kind's choice for all set (or cleared). */
export function chooseForAll<K extends ChoiceKind>(
  resolutions: MergeResolutions,
  kind: K,
  value: ChoiceValue<K> | undefined,
): MergeResolutions {
  const current: Choices<ChoiceValue<K>> = (resolutions[kind] ?? {}) as Choices<
    ChoiceValue<K>
  >;
  const { all: _all, ...rest } = current;
  return {
    ...resolutions,
    [kind]: value === undefined ? rest : { ...rest, all: value },
  };
}

/** The choices with one item's own choice set, e.g. one record's. */
export function chooseOne<K extends ChoiceKind>(
  resolutions: MergeResolutions,
  kind: K,
  key: string,
  value: ChoiceValue<K>,
): MergeResolutions {
  const current: Choices<ChoiceValue<K>> = (resolutions[kind] ?? {}) as Choices<
    ChoiceValue<K>
  >;
  return {
    ...resolutions,
    [kind]: { ...current, byKey: { ...current.byKey, [key]: value } },
  };
}

/** The choice that applies to one item: its own, else the one for all. */
export function choiceFor<K extends ChoiceKind>(
  resolutions: MergeResolutions,
  kind: K,
  key: string,
): ChoiceValue<K> | undefined {
  const current = resolutions[kind] as Choices<ChoiceValue<K>> | undefined;
  return current?.byKey?.[key] ?? current?.all;
}

/**
 * Why the merge cannot be applied as the preview stands, or null: it
 * would change nothing, or `missing` choices are still needed.
 */
export function findApplyBlock(
  preview: MergePreview,
  missing: number,
): string | null {
  if (preview.wouldChange === false) {
    return (
      'Nothing to change: the project already holds everything in these ' +
      'files.'
    );
  }
  if (missing > 0) {
    return (
      `${countOf(missing, 'choice')} still needed ` +
      'before the merge can be applied.'
    );
  }
  return null;
}

/**
 * How many choices are still missing. Items the preview left out of its
 * lists can only be settled by a choice for all, so they stay missing
 * until there is one.
 */
export function countMissingChoices(
  preview: MergePreview,
  resolutions: MergeResolutions,
): number {
  const missing = (
    kind: ChoiceKind,
    total: number,
    listedKeys: readonly string[],
  ): number => {
    if (resolutions[kind]?.all !== undefined) return 0;

    const own = resolutions[kind]?.byKey ?? {};
    return total - listedKeys.filter((key) => own[key] !== undefined).length;
  };
  const { unresolved, records, codebook, consensus } = preview;
  return (
    missing(
      'fields',
      unresolved.field,
      records.conflicts.map((group) => group.recordKey),
    ) +
    missing(
      'codebook',
      unresolved.codebook,
      codebook.differences
        .filter((difference) => difference.winner === null)
        .map((difference) => difference.guid),
    ) +
    missing(
      'sameName',
      unresolved.same_name,
      codebook.sameName.map((item) => item.incomingGuid),
    ) +
    missing(
      'consensus',
      unresolved.consensus,
      consensus.conflicts.map((conflict) => conflict.id),
    )
  );
}
