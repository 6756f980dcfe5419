import type { ConsensusDecision } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';
import type { DisagreementQueue } from './disagreements';
import {
  computeCohenKappa,
  sumTables,
  tableAgreement,
  type ContingencyTable,
} from './two-coders';
import type { Statistic } from './types';
import { identityWeights } from './weights';

/**
 * Agreement before and after adjudication. "Before" is the queue itself:
 * how many records two or more coders coded and on how many of them they
 * differ. "After" compares each coder with the adjudicated reference: the
 * lead's present/absent decision where coders differed, the coders'
 * shared decision where they agreed. Disagreements still pending or marked
 * "needs work" have no reference yet and are left out of "after" (and
 * counted).
 */
export type ConsensusComparison = {
  readonly codes: readonly CodeComparison[];
  /** Every code together: counts summed, tables summed per coder. */
  readonly overall: CodeComparison;
};

export type CodeComparison = {
  /** Null for the overall row. */
  readonly codeId: CodeId | null;
  /** Records two or more coders coded (the units of "before"). */
  readonly units: number;
  readonly disagreements: number;
  readonly decidedPresent: number;
  readonly decidedAbsent: number;
  readonly needsWork: number;
  readonly pending: number;
  readonly coders: readonly CoderVersusReference[];
};

/** One coder against the adjudicated reference. */
export type CoderVersusReference = {
  readonly coderId: CoderId;
  /** Records the coder coded that have a reference value. */
  readonly units: number;
  /** Share of those where the coder matches the reference. */
  readonly percentAgreement: number | null;
  /** Cohen's kappa of the coder against the reference. */
  readonly kappa: Statistic;
  readonly table: ContingencyTable;
};

/**
 * Compares each coder with the adjudicated reference, per code and over
 * every code (see ConsensusComparison for the definition). Decisions on
 * record × codes that are not in the queue (coders agree now) are
 * ignored.
 */
export function compareWithConsensus(
  queue: DisagreementQueue,
  consensus: readonly ConsensusDecision[],
): ConsensusComparison {
  const decided = new Map(
    consensus.map((decision) => [
      keyOf(decision.recordKey, decision.codeId),
      decision.value,
    ]),
  );
  const tallies = queue.codes.map((_, code) => startTally(queue, code));
  const width = queue.coders.length;

  for (let item = 0; item < queue.recordIndex.length; item += 1) {
    const tally = tallies[queue.codeIndex[item]!]!;
    const recordKey = queue.records[queue.recordIndex[item]!]!;
    const value = decided.get(keyOf(recordKey, queue.codes[tally.code]!));
    tally.disagreements += 1;
    if (value === undefined) tally.pending += 1;
    if (value === 'needs_work') tally.needsWork += 1;
    if (value !== 'present' && value !== 'absent') continue;

    const reference = value === 'present' ? 1 : 0;
    if (reference === 1) tally.decidedPresent += 1;
    else tally.decidedAbsent += 1;
    for (let coder = 0; coder < width; coder += 1) {
      const rating = queue.values[item * width + coder]!;
      if (rating >= 0) addCount(tally.tables[coder]!, rating, reference);
    }
  }

  const codes = tallies.map((tally) => finish(queue, tally));
  return { codes, overall: combine(queue, codes) };
}

type Tally = {
  readonly code: number;
  readonly tables: ContingencyTable[];
  disagreements: number;
  decidedPresent: number;
  decidedAbsent: number;
  needsWork: number;
  pending: number;
};

/** Tables seeded with the records all coders agreed on. */
function startTally(queue: DisagreementQueue, code: number): Tally {
  const agreed = queue.agreed[code]!;
  const tables = queue.coders.map((_, coder) => {
    const cells = new Float64Array(4);
    cells[0] = agreed.absent[coder]!;
    cells[3] = agreed.present[coder]!;
    return { size: 2, cells };
  });
  return {
    code,
    tables,
    disagreements: 0,
    decidedPresent: 0,
    decidedAbsent: 0,
    needsWork: 0,
    pending: 0,
  };
}

function addCount(
  table: ContingencyTable,
  rating: number,
  reference: number,
): void {
  const index = rating * 2 + reference;
  table.cells[index] = table.cells[index]! + 1;
}

function finish(queue: DisagreementQueue, tally: Tally): CodeComparison {
  return {
    codeId: queue.codes[tally.code]!,
    units: queue.pairableRecords,
    disagreements: tally.disagreements,
    decidedPresent: tally.decidedPresent,
    decidedAbsent: tally.decidedAbsent,
    needsWork: tally.needsWork,
    pending: tally.pending,
    coders: tally.tables.map((table, coder) =>
      versusReference(queue.coders[coder]!, table),
    ),
  };
}

function combine(
  queue: DisagreementQueue,
  codes: readonly CodeComparison[],
): CodeComparison {
  const sum = (pick: (code: CodeComparison) => number) =>
    codes.reduce((total, code) => total + pick(code), 0);
  return {
    codeId: null,
    units: queue.pairableRecords * codes.length,
    disagreements: sum((code) => code.disagreements),
    decidedPresent: sum((code) => code.decidedPresent),
    decidedAbsent: sum((code) => code.decidedAbsent),
    needsWork: sum((code) => code.needsWork),
    pending: sum((code) => code.pending),
    coders: queue.coders.map((coderId, coder) =>
      versusReference(
        coderId,
        sumTables(codes.map((code) => code.coders[coder]!.table)),
      ),
    ),
  };
}

function versusReference(
  coderId: CoderId,
  table: ContingencyTable,
): CoderVersusReference {
  const weights = identityWeights(2);
  return {
    coderId,
    units: table.cells.reduce((sum, count) => sum + count, 0),
    percentAgreement: tableAgreement(table, weights),
    kappa: computeCohenKappa(table, weights),
    table,
  };
}

function keyOf(recordKey: RecordKey, codeId: CodeId): string {
  return `${recordKey}\u0000${codeId}`;
}
