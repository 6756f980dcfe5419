import type { ConsensusDecision } from '../model/coding';
import { describeCoding } from './layers';
import type { MergeReport } from './types';

/**
 * The merge report as plain JSON for printing or an IPC reply: counts and
 * lists, without the source snapshots.
 */
export function summariseMergeReport(report: MergeReport) {
  return {
    sources: report.sources.map(({ name, snapshot }) => ({
      name,
      records: snapshot.records.length,
      coders: snapshot.coders.length,
      codings: snapshot.layers.length,
      codebookVersion: snapshot.codebook.version,
    })),
    warnings: report.warnings,
    records: {
      matched: report.records.matched,
      identical: report.records.identical,
      added: report.records.added.map(({ recordKey, source }) => ({
        record: recordKey,
        source,
      })),
      conflicts: report.records.conflicts.map((conflict) => ({
        record: conflict.recordKey,
        column: conflict.column,
        base: conflict.base,
        incoming: conflict.incoming,
        source: conflict.source,
      })),
      columnsAdded: report.records.columnsAdded.map(({ column, source }) => ({
        key: column.key,
        label: column.label,
        source,
      })),
    },
    codebook: {
      added: report.codebook.added.map(({ code, source }) => ({
        guid: code.id,
        name: code.name,
        source,
      })),
      differences: report.codebook.differences.map((difference) => ({
        guid: difference.codeId,
        name: difference.name,
        kinds: difference.kinds,
        fields: difference.fields,
        source: difference.source,
        winner: difference.winner,
        reason: difference.reason,
      })),
      sameName: report.codebook.sameName.map((item) => ({
        name: item.incoming.name,
        incomingGuid: item.incoming.id,
        existingGuid: item.existing.id,
        source: item.source,
      })),
      sets: report.codebook.sets.map((change) => ({
        kind: change.kind,
        guid: change.set.id,
        name: change.set.name,
        source: change.source,
        ...(change.kind === 'members_added' ? { codes: change.codeIds } : {}),
        ...(change.kind === 'mapped' ? { into: change.into.id } : {}),
      })),
    },
    coders: {
      added: report.coders.added.map(({ coder, source }) => ({
        id: coder.id,
        name: coder.name,
        source,
      })),
      shared: report.coders.shared.map((item) => ({
        id: item.coder.id,
        name: item.coder.name,
        source: item.source,
        incomingCodings: item.incomingCodings,
      })),
    },
    layers: {
      added: report.layers.added,
      identical: report.layers.identical,
      overwritten: report.layers.overwritten.map((item) => ({
        coder: item.coderId,
        record: item.recordKey,
        from: item.from,
        overwritten: describeCoding(item.coding),
        overwrittenUpdatedAt: item.coding.updatedAt,
        keptFrom: item.keptFrom,
        kept: describeCoding(item.kept),
        keptUpdatedAt: item.kept.updatedAt,
      })),
    },
    consensus: {
      added: report.consensus.added,
      identical: report.consensus.identical,
      conflicts: report.consensus.conflicts.map((conflict) => ({
        id: conflict.id,
        record: conflict.base.recordKey,
        code: conflict.base.codeId,
        base: describeDecision(conflict.base),
        incoming: describeDecision(conflict.incoming),
        source: conflict.source,
      })),
    },
    unresolved: report.unresolved,
  };
}

export type MergeSummary = ReturnType<typeof summariseMergeReport>;

function describeDecision(decision: ConsensusDecision) {
  return {
    value: decision.value,
    rationale: decision.rationale,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt,
  };
}
