import type { CodedFileRead } from '../../../core/exchange';
import type { MergeReport, UnresolvedChoice } from '../../../core/merge';
import type {
  ConsensusDecision,
  RecordCoding,
} from '../../../core/model/coding';
import type { ProjectSnapshot } from '../../../core/model/snapshot';
import type {
  MergePreview,
  PreviewDecision,
  PreviewFile,
  RecordConflict,
} from './merge-preview-types';

export type * from './merge-preview-types';

/** How many items of a long list the preview carries; the rest are counted. */
export const PREVIEW_LIST_LIMIT = 200;

/** A file read for merging, under the name the report uses for it. */
export type NamedRead = {
  readonly name: string;
  readonly read: CodedFileRead;
};

/** Builds the preview of `report`, planned from `reads` into `base`. */
export function buildMergePreview(
  base: ProjectSnapshot,
  report: MergeReport,
  reads: readonly NamedRead[],
  wouldChange: boolean | null,
): MergePreview {
  const names = collectNames(base, reads);
  return {
    files: reads.map(describeFile),
    warnings: [
      ...report.warnings.map((warning) => warning.message),
      ...reads.flatMap(({ name, read }) =>
        read.problems.map((problem) => `${name}: ${problem.message}`),
      ),
    ],
    records: previewRecords(report),
    codebook: previewCodebook(report, names),
    coders: {
      added: report.coders.added.map(({ coder, source }) => ({
        id: coder.id,
        name: coder.name,
        initials: coder.initials,
        source,
      })),
      shared: report.coders.shared.map((item) => ({
        id: item.coder.id,
        name: item.coder.name,
        initials: item.coder.initials,
        source: item.source,
        incomingCodings: item.incomingCodings,
      })),
    },
    layers: {
      added: report.layers.added,
      identical: report.layers.identical,
      overwritten: report.layers.overwritten
        .slice(0, PREVIEW_LIST_LIMIT)
        .map((item) => ({
          coder: names.coder(item.coderId),
          recordKey: item.recordKey,
          from: item.from,
          overwritten: describeCoding(item.coding, names),
          overwrittenAt: item.coding.updatedAt,
          keptFrom: item.keptFrom,
          kept: describeCoding(item.kept, names),
          keptAt: item.kept.updatedAt,
        })),
      overwrittenCount: report.layers.overwritten.length,
    },
    consensus: previewConsensus(report, names),
    unresolved: countUnresolved(report.unresolved),
    wouldChange,
  };
}

function describeFile({ name, read }: NamedRead): PreviewFile {
  const { snapshot } = read;
  return {
    name,
    projectName: snapshot.meta.name,
    exportedBy: read.exportedBy,
    exportedAt: read.exportedAt,
    records: snapshot.records.length,
    coders: snapshot.coders.length,
    codings: snapshot.layers.length,
    codebookVersion: snapshot.codebook.version,
  };
}

function previewRecords(report: MergeReport): MergePreview['records'] {
  const { records } = report;
  const groups = new Map<string, RecordConflict>();
  for (const conflict of records.conflicts) {
    const id = `${conflict.source}\u001f${conflict.recordKey}`;
    const group = groups.get(id) ?? {
      recordKey: conflict.recordKey,
      source: conflict.source,
      fields: [],
    };
    groups.set(id, {
      ...group,
      fields: [
        ...group.fields,
        {
          column: conflict.column,
          base: conflict.base,
          incoming: conflict.incoming,
        },
      ],
    });
  }
  const conflicts = [...groups.values()];
  return {
    matched: records.matched,
    identical: records.identical,
    added: records.added.length,
    addedKeys: records.added
      .slice(0, PREVIEW_LIST_LIMIT)
      .map((added) => added.recordKey),
    columnsAdded: records.columnsAdded.map(({ column, source }) => ({
      key: column.key,
      label: column.label,
      source,
    })),
    conflicts: conflicts.slice(0, PREVIEW_LIST_LIMIT),
    conflictRecords: new Set(conflicts.map((group) => group.recordKey)).size,
  };
}

function previewCodebook(
  report: MergeReport,
  names: Names,
): MergePreview['codebook'] {
  const { codebook } = report;
  return {
    added: codebook.added.map(({ code, source }) => ({
      guid: code.id,
      name: code.name,
      source,
    })),
    differences: codebook.differences.map((difference) => ({
      guid: difference.codeId,
      name: difference.name,
      kinds: difference.kinds,
      fields: difference.fields,
      source: difference.source,
      winner: difference.winner,
      reason: difference.reason,
    })),
    sameName: codebook.sameName.map((item) => ({
      name: item.incoming.name,
      incomingGuid: item.incoming.id,
      existingGuid: item.existing.id,
      existingName: names.code(item.existing.id),
      source: item.source,
    })),
    sets: codebook.sets.map((change) => ({
      kind: change.kind,
      name: change.set.name,
      source: change.source,
    })),
  };
}

function previewConsensus(
  report: MergeReport,
  names: Names,
): MergePreview['consensus'] {
  const decision = (value: ConsensusDecision): PreviewDecision => ({
    value: value.value,
    rationale: value.rationale,
    decidedBy: names.coder(value.decidedBy),
    decidedAt: value.decidedAt,
  });
  return {
    added: report.consensus.added,
    identical: report.consensus.identical,
    conflicts: report.consensus.conflicts.map((conflict) => ({
      id: conflict.id,
      recordKey: conflict.base.recordKey,
      code: names.code(conflict.base.codeId),
      base: decision(conflict.base),
      incoming: decision(conflict.incoming),
      source: conflict.source,
    })),
  };
}

function countUnresolved(
  unresolved: readonly UnresolvedChoice[],
): MergePreview['unresolved'] {
  const counts = { field: 0, codebook: 0, same_name: 0, consensus: 0 };
  for (const choice of unresolved) counts[choice.kind] += 1;
  return counts;
}

type Names = {
  readonly coder: (id: string) => string;
  readonly code: (id: string) => string;
};

/** Names by GUID, the project's first, then each file's. */
function collectNames(
  base: ProjectSnapshot,
  reads: readonly NamedRead[],
): Names {
  const coders = new Map<string, string>();
  const codes = new Map<string, string>();
  const snapshots = [base, ...reads.map(({ read }) => read.snapshot)];
  for (const snapshot of snapshots) {
    for (const coder of snapshot.coders) {
      if (!coders.has(coder.id)) coders.set(coder.id, coder.name);
    }
    for (const code of snapshot.codebook.codes) {
      if (!codes.has(code.id)) codes.set(code.id, code.name);
    }
  }
  return {
    coder: (id) => coders.get(id) ?? id,
    code: (id) => codes.get(id) ?? id,
  };
}

function describeCoding(coding: RecordCoding, names: Names): string {
  const codes = coding.codes.map(names.code).join('; ') || 'no codes';
  const memo = coding.memo === '' ? '' : `; memo “${coding.memo}”`;
  return `${STATUS_WORDS[coding.status]}: ${codes}${memo}`;
}

const STATUS_WORDS: Readonly<Record<RecordCoding['status'], string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  flagged: 'Flagged',
};
