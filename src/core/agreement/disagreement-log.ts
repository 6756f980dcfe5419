import { writeCsv, type CsvOptions, type ExportOutput } from '../export/csv';
import type { ConsensusDecision } from '../model/coding';
import type { CodeId } from '../model/ids';
import {
  describeDisagreement,
  type Disagreement,
  type DisagreementQueue,
} from './disagreements';
import type { ReportNames } from './report-csv';

/** What the disagreements on one code say about the codebook. */
export type CodeDisagreementLog = {
  readonly codeId: CodeId;
  readonly disagreements: number;
  readonly decidedPresent: number;
  readonly decidedAbsent: number;
  readonly needsWork: number;
  readonly pending: number;
  /** Every decided disagreement, "needs work" ones included, in order. */
  readonly decided: readonly DecidedDisagreement[];
};

export type DecidedDisagreement = Disagreement & {
  readonly decision: ConsensusDecision;
};

/** Columns of the disagreement log CSV, in order. */
export const DISAGREEMENT_LOG_COLUMNS = [
  'row_type',
  'code_guid',
  'code',
  'disagreements',
  'decided_present',
  'decided_absent',
  'needs_work',
  'pending',
  'record',
  'coder_decisions',
  'decision',
  'rationale',
  'decided_by',
  'decided_at',
] as const;

/**
 * The per-code disagreement log: how many disagreements each code has,
 * how they were decided, and every decision with its rationale, so that
 * codes with many disagreements or "needs work" decisions can be revised.
 */
export function buildDisagreementLog(
  queue: DisagreementQueue,
  consensus: readonly ConsensusDecision[],
): CodeDisagreementLog[] {
  const decisions = new Map(
    consensus.map((decision) => [
      `${decision.recordKey}\u0000${decision.codeId}`,
      decision,
    ]),
  );
  const logs = queue.codes.map((codeId) => ({
    codeId,
    disagreements: 0,
    decidedPresent: 0,
    decidedAbsent: 0,
    needsWork: 0,
    pending: 0,
    decided: [] as DecidedDisagreement[],
  }));

  for (let item = 0; item < queue.recordIndex.length; item += 1) {
    const log = logs[queue.codeIndex[item]!]!;
    const recordKey = queue.records[queue.recordIndex[item]!]!;
    const decision = decisions.get(`${recordKey}\u0000${log.codeId}`);
    log.disagreements += 1;
    if (decision === undefined) {
      log.pending += 1;
      continue;
    }

    if (decision.value === 'present') log.decidedPresent += 1;
    if (decision.value === 'absent') log.decidedAbsent += 1;
    if (decision.value === 'needs_work') log.needsWork += 1;
    log.decided.push({ ...describeDisagreement(queue, item), decision });
  }
  return logs;
}

/**
 * The log as CSV: per code a `code` row with the counts, followed by one
 * `decision` row per decided disagreement (each coder's decision, the
 * lead's decision and rationale).
 */
export function exportDisagreementLog(
  logs: readonly CodeDisagreementLog[],
  names: ReportNames,
  options: CsvOptions = {},
): ExportOutput {
  const rows = logs.flatMap((log) => {
    const code = [log.codeId, names.nameCode(log.codeId)];
    const summary = [
      'code',
      ...code,
      ...[
        log.disagreements,
        log.decidedPresent,
        log.decidedAbsent,
        log.needsWork,
        log.pending,
      ].map(String),
      '',
      '',
      '',
      '',
      '',
      '',
    ];
    const decided = log.decided.map((item) => [
      'decision',
      ...code,
      '',
      '',
      '',
      '',
      '',
      item.recordKey,
      describeCoderDecisions(item, names),
      item.decision.value,
      item.decision.rationale,
      names.nameCoder(item.decision.decidedBy),
      item.decision.decidedAt,
    ]);
    return [summary, ...decided];
  });
  return writeCsv(DISAGREEMENT_LOG_COLUMNS, rows, options);
}

/** e.g. "Ana: present; Ben: absent" (coders who did not code it left out). */
function describeCoderDecisions(
  item: Disagreement,
  names: ReportNames,
): string {
  return item.decisions
    .filter((decision) => decision.value !== null)
    .map(
      (decision) => `${names.nameCoder(decision.coderId)}: ${decision.value}`,
    )
    .join('; ');
}
