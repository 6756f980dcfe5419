import {
  countRows,
  createRowInterner,
  internRow,
  listCells,
} from './row-interner';
import type { UnitTally } from './unit-tally';

/**
 * The records of several codes, reduced to what the pooled values need.
 * A record × code unit adds to each coder pair's table and to the
 * coincidences (Krippendorff 2011) according to its rating profile alone,
 * so a record adds the sum over its codes' profiles, and pooled kappa and
 * alpha over record × code units are functions of how many units of each
 * profile there are. Records with the same multiset of pairable profiles
 * form a group; a bootstrap replicate only reweights groups.
 *
 * Profiles are shared across codes: the same ratings by the same coders
 * are one profile whichever code they belong to.
 */
export type PooledRecords = {
  readonly categoryCount: number;
  /** Coder pairs in the order of `CodeAgreement.pairs`. */
  readonly pairs: readonly (readonly [number, number])[];
  readonly profileCount: number;
  /** pairCells[profile * pairs + pair]: table cell k·q + l, or -1. */
  readonly pairCells: Int32Array;
  /** coincidences[profile * q² + c·q + k]: the profile's o_ck. */
  readonly coincidences: Float64Array;
  readonly groupCount: number;
  /**
   * Group g holds, for e from groupStarts[g] to groupStarts[g + 1] − 1,
   * entryCounts[e] units of profile entryProfiles[e] per record.
   */
  readonly groupStarts: Int32Array;
  readonly entryProfiles: Int32Array;
  readonly entryCounts: Int32Array;
  /** Group of each record rated in some code, in record order. */
  readonly drawnGroups: Int32Array;
  /** Records of `drawnGroups` in each group. */
  readonly groupSizes: Float64Array;
};

/**
 * Reduces per-code tallies (same coders, categories and records, from
 * `tallyRatingMatrix`) to groups of records. Throws on tallies that do
 * not line up: a broken invariant.
 */
export function collectPooledRecords(
  tallies: readonly UnitTally[],
): PooledRecords {
  const shape = checkShape(tallies);
  const profiles = indexProfiles(tallies, shape);
  const groups = createRowInterner();
  const counts = new Int32Array(profiles.count);
  const entries = new Int32Array(2 * tallies.length);
  const scratch = { counts, entries };
  const drawn = new Int32Array(shape.records);
  let drawCount = 0;
  const sizes: number[] = [];

  for (let record = 0; record < shape.records; record += 1) {
    const length = gatherEntries(tallies, profiles, record, scratch);
    if (length < 0) continue;

    const group = internRow(groups, entries, length);
    if (group === sizes.length) sizes.push(0);
    sizes[group] = sizes[group]! + 1;
    drawn[drawCount++] = group;
  }

  return {
    categoryCount: shape.categories,
    pairs: listPairs(shape.coders),
    profileCount: profiles.count,
    pairCells: profiles.pairCells,
    coincidences: profiles.coincidences,
    groupCount: sizes.length,
    groupStarts: Int32Array.from(groups.starts, (start) => start / 2),
    ...splitEntries(listCells(groups)),
    drawnGroups: drawn.slice(0, drawCount),
    groupSizes: Float64Array.from(sizes),
  };
}

/** Coder pairs (0, 1), (0, 2), …, (1, 2), …: as CodeAgreement.pairs. */
function listPairs(coders: number): (readonly [number, number])[] {
  const pairs: (readonly [number, number])[] = [];
  for (let first = 0; first < coders; first += 1) {
    for (let second = first + 1; second < coders; second += 1) {
      pairs.push([first, second]);
    }
  }
  return pairs;
}

// Shared ids for a record with no rating in a code, or only one.
const UNRATED = -1;
const UNPAIRED = -2;

type Shape = {
  readonly coders: number;
  readonly categories: number;
  readonly records: number;
};

type ProfileIndex = {
  readonly count: number;
  /** localToShared[code][profile]: shared id, UNRATED or UNPAIRED. */
  readonly localToShared: readonly Int32Array[];
  readonly pairCells: Int32Array;
  readonly coincidences: Float64Array;
};

function checkShape(tallies: readonly UnitTally[]): Shape {
  const first = tallies[0];
  const shape = {
    coders: first?.coderCount ?? 0,
    categories: first?.categoryCount ?? 0,
    records: first?.unitProfile.length ?? 0,
  };
  for (const tally of tallies) {
    if (
      tally.codings === null ||
      tally.coderCount !== shape.coders ||
      tally.categoryCount !== shape.categories ||
      tally.unitProfile.length !== shape.records
    ) {
      throw new RangeError(
        'pooled codes differ in coders, categories or units',
      );
    }
  }
  return shape;
}

/** Shared ids for the pairable profiles (two or more ratings) of codes. */
function indexProfiles(
  tallies: readonly UnitTally[],
  shape: Shape,
): ProfileIndex {
  const { coders: m, categories: q } = shape;
  const pairs = listPairs(m);
  const vectors = createRowInterner();
  const pairCells: number[] = [];
  const coincidences: number[] = [];
  const localToShared = tallies.map((tally) =>
    Int32Array.from({ length: tally.profileCount }, (_, profile) => {
      const total = tally.totals[profile]!;
      if (total < 2) return total === 0 ? UNRATED : UNPAIRED;

      const codings = tally.codings!.subarray(profile * m, (profile + 1) * m);
      const known = countRows(vectors);
      const id = internRow(vectors, codings);
      if (id < known) return id;

      for (const [first, second] of pairs) {
        const [k, l] = [codings[first]!, codings[second]!];
        pairCells.push(k >= 0 && l >= 0 ? k * q + l : -1);
      }
      coincidences.push(...profileCoincidences(tally, profile));
      return id;
    }),
  );
  return {
    count: countRows(vectors),
    localToShared,
    pairCells: Int32Array.from(pairCells),
    coincidences: Float64Array.from(coincidences),
  };
}

/** o_ck = n_c (n_k − [c = k]) / (m − 1) of one profile (Krippendorff). */
function profileCoincidences(tally: UnitTally, profile: number): number[] {
  const q = tally.categoryCount;
  const counts = tally.counts.subarray(profile * q, (profile + 1) * q);
  const scale = 1 / (tally.totals[profile]! - 1);
  const result: number[] = [];
  for (let c = 0; c < q; c += 1) {
    for (let k = 0; k < q; k += 1) {
      result.push(counts[c]! * (counts[k]! - (c === k ? 1 : 0)) * scale);
    }
  }
  return result;
}

/**
 * Writes the record's pairable profiles over all codes into `entries`
 * as (profile, count) in ascending profile order, and returns their
 * length; −1 when no code has a rating for the record (never drawn).
 * `counts` is all zeros before and after.
 */
function gatherEntries(
  tallies: readonly UnitTally[],
  profiles: ProfileIndex,
  record: number,
  scratch: { readonly counts: Int32Array; readonly entries: Int32Array },
): number {
  const { counts, entries } = scratch;
  let isRated = false;
  let found = 0;
  for (let code = 0; code < tallies.length; code += 1) {
    const local = tallies[code]!.unitProfile[record]!;
    const id = profiles.localToShared[code]![local]!;
    if (id === UNRATED) continue;

    isRated = true;
    if (id === UNPAIRED) continue;
    if (counts[id] === 0) entries[found++] = id;
    counts[id] = counts[id]! + 1;
  }

  const ids = entries.subarray(0, found).sort();
  for (let index = found - 1; index >= 0; index -= 1) {
    const id = ids[index]!;
    entries[2 * index] = id;
    entries[2 * index + 1] = counts[id]!;
    counts[id] = 0;
  }
  return isRated ? 2 * found : -1;
}

/** (profile, count) cells side by side into two arrays. */
function splitEntries(cells: Int32Array): {
  entryProfiles: Int32Array;
  entryCounts: Int32Array;
} {
  const entryProfiles = new Int32Array(cells.length / 2);
  const entryCounts = new Int32Array(cells.length / 2);
  for (let entry = 0; entry < entryProfiles.length; entry += 1) {
    entryProfiles[entry] = cells[2 * entry]!;
    entryCounts[entry] = cells[2 * entry + 1]!;
  }
  return { entryProfiles, entryCounts };
}
