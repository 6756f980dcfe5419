import { resolveCodeId } from '../codebook/merge';
import type { ConsensusValue } from '../model/coding';
import type { ProjectSnapshot } from '../model/snapshot';
import { writeCsv, type CsvOptions, type ExportOutput } from './csv';
import { nameCode, nameCoder } from './layer-view';

/** Columns of the consensus export, in order. */
export const CONSENSUS_COLUMNS = [
  'record',
  'code_guid',
  'code',
  'decision',
  'value',
  'rationale',
  'decided_by',
  'decided_at',
] as const;

const VALUE: Readonly<Record<ConsensusValue, string>> = {
  present: '1',
  absent: '0',
  needs_work: '',
};

/**
 * The consensus layer as CSV: one row per adjudicated record × code, by
 * record order, then codebook tree order. `decision` is present, absent
 * or needs_work; `value` is 1, 0 or empty (needs work); `decided_by` the
 * decider's name.
 */
export function exportConsensus(
  snapshot: ProjectSnapshot,
  options: CsvOptions = {},
): ExportOutput {
  const { codebook } = snapshot;
  const recordOrder = new Map(snapshot.records.map((r, i) => [r.key, i]));
  const codeOrder = new Map(codebook.codes.map((c, i) => [c.id, i]));
  const placed = snapshot.consensus.map((decision) => {
    const codeId = resolveCodeId(decision.codeId, codebook.aliases);
    return { decision, codeId };
  });
  placed.sort(
    (a, b) =>
      (recordOrder.get(a.decision.recordKey) ?? 0) -
        (recordOrder.get(b.decision.recordKey) ?? 0) ||
      (codeOrder.get(a.codeId) ?? 0) - (codeOrder.get(b.codeId) ?? 0),
  );
  const rows = placed.map(({ decision, codeId }) => [
    decision.recordKey,
    codeId,
    nameCode(codebook, codeId),
    decision.value,
    VALUE[decision.value],
    decision.rationale,
    nameCoder(snapshot, decision.decidedBy),
    decision.decidedAt,
  ]);
  return writeCsv(CONSENSUS_COLUMNS, rows, options);
}
