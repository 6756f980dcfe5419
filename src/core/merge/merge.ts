import { createCodeIdResolver } from '../codebook/merge';
import type { NewAuditEvent, SnapshotPartName } from '../model/audit';
import type { RecordKey } from '../model/ids';
import { fail, ok, type Result } from '../model/problem';
import type { ProjectSnapshot } from '../model/snapshot';
import type { MergeContext } from './codebook-apply';
import { mergeCodebooks } from './codebook';
import { mergeCoders } from './coders';
import { mergeConsensus } from './consensus';
import { mergeLayers } from './layers';
import { mergeRecords } from './records';
import type {
  MergeReport,
  MergeResolutions,
  MergeResult,
  MergeSource,
  MergeWarning,
  UnresolvedChoice,
} from './types';
import { countOf } from '../scan/problems';

/**
 * The dry-run preview of merging `sources` (in order) into `base`:
 * records matched by key (added, identical, field conflicts), the
 * codebook reconciled by GUID, coders and their layers, consensus
 * decisions, and every choice still needed. Changes nothing.
 */
export function planMerge(
  base: ProjectSnapshot,
  sources: readonly MergeSource[],
): MergeReport {
  return computeMerge(base, sources, null, PLAN_CONTEXT, false).report;
}

/**
 * Applies a planned merge with the choices made. Fails, listing them,
 * when a conflict has no choice. The result is a new snapshot (the base
 * itself when nothing changed) and the merge log. Merging the same file
 * again with the same choices changes nothing; coder layers come out the
 * same whatever order the files are merged in.
 */
export function applyMerge(
  base: ProjectSnapshot,
  report: Pick<MergeReport, 'sources'>,
  resolutions: MergeResolutions,
  context: MergeContext,
): Result<MergeResult, readonly UnresolvedChoice[]> {
  const merged = computeMerge(base, report.sources, resolutions, context, true);
  if (merged.report.unresolved.length > 0) {
    return fail(merged.report.unresolved);
  }
  return ok(merged.result);
}

/**
 * The audit event recording an applied merge (kind `merge`): the files,
 * the parts replaced, and counts only; the log holds the details.
 */
export function createMergeEvent(
  report: MergeReport,
  result: MergeResult,
  context: MergeContext,
): NewAuditEvent {
  const sources = report.sources.map((source) => source.name);
  const files = sources.join(', ');
  const summary =
    `Merged ${files || 'nothing'}: ` +
    `${countOf(report.records.added.length, 'record')} added, ` +
    `${countOf(report.codebook.added.length, 'code')} added, ` +
    `${countOf(report.coders.added.length, 'coder')} added, ` +
    `${countOf(report.layers.added, 'coding')} added, ` +
    `${countOf(report.layers.overwritten.length, 'coding')} overwritten, ` +
    `${countOf(result.log.length, 'log entry', 'log entries')}.`;
  return {
    at: context.clock(),
    actor: context.actor,
    recordKey: null,
    detail: { kind: 'merge', sources, summary, parts: result.parts },
  };
}

const PLAN_CONTEXT: MergeContext = { actor: '', clock: () => '' };

function computeMerge(
  base: ProjectSnapshot,
  sources: readonly MergeSource[],
  resolutions: MergeResolutions | null,
  context: MergeContext,
  keepLog: boolean,
): { readonly report: MergeReport; readonly result: MergeResult } {
  const records = mergeRecords(base, sources, resolutions, keepLog);
  const codebook = mergeCodebooks(base.codebook, sources, resolutions, context);
  const coders = mergeCoders(base, sources);
  const recordOrder = new Map<RecordKey, number>(
    records.records.map((record, index) => [record.key, index]),
  );
  const aliases = codebook.codebook.aliases;
  const layers = mergeLayers(
    base,
    sources,
    {
      base: createCodeIdResolver(aliases),
      sources: codebook.remaps,
    },
    recordOrder,
    keepLog,
  );
  const consensus = mergeConsensus(base, sources, codebook.remaps, resolutions);

  const changed = [records, codebook, coders, layers, consensus].some(
    (part) => part.changed,
  );
  const snapshot: ProjectSnapshot = changed
    ? {
        meta: {
          ...base.meta,
          columns: records.columns,
          batches: records.batches,
          recordCount: records.records.length,
          updatedAt: context.clock(),
        },
        records: records.records,
        codebook: codebook.codebook,
        coders: coders.coders,
        layers: layers.layers,
        consensus: consensus.consensus,
      }
    : base;
  const report: MergeReport = {
    sources,
    warnings: [...listProjectWarnings(base, sources), ...coders.warnings],
    records: records.plan,
    codebook: codebook.plan,
    coders: coders.plan,
    layers: layers.plan,
    consensus: consensus.plan,
    unresolved: [
      ...records.unresolved,
      ...codebook.unresolved,
      ...consensus.unresolved,
    ],
  };
  const log = [
    ...records.log,
    ...codebook.log,
    ...coders.log,
    ...layers.log,
    ...consensus.log,
  ];
  const parts: SnapshotPartName[] = changed ? ['meta'] : [];
  if (records.changed) parts.push('records');
  if (codebook.changed) parts.push('codebook');
  if (coders.changed) parts.push('coders');
  if (layers.changed) parts.push('layers');
  if (consensus.changed) parts.push('consensus');
  return { report, result: { snapshot, log, changed, parts } };
}

/**
 * Files from another project: another id and another name, or another
 * id and no record key in common. Packs of one scan made at different
 * sites have different ids but the same name and records, so the id
 * alone would warn about files that belong together.
 */
function listProjectWarnings(
  base: ProjectSnapshot,
  sources: readonly MergeSource[],
): MergeWarning[] {
  let baseKeys: ReadonlySet<string> | null = null;
  const sharesNoKey = (snapshot: ProjectSnapshot): boolean => {
    baseKeys ??= new Set(base.records.map((record) => record.key));
    const keys = baseKeys;
    return !snapshot.records.some((record) => keys.has(record.key));
  };
  const warnings: MergeWarning[] = [];
  for (const source of sources) {
    const { meta } = source.snapshot;
    if (meta.id === base.meta.id) continue;

    if (meta.name !== base.meta.name) {
      warnings.push({
        code: 'MERGE_OTHER_PROJECT',
        source: source.name,
        message:
          `${source.name} comes from project "${meta.name}" (${meta.id}), ` +
          `not "${base.meta.name}"; records are still matched by key.`,
      });
    } else if (
      source.snapshot.records.length > 0 &&
      sharesNoKey(source.snapshot)
    ) {
      warnings.push({
        code: 'MERGE_OTHER_PROJECT',
        source: source.name,
        message:
          `${source.name} comes from another project also named ` +
          `"${meta.name}" (${meta.id}) and shares no record key with this ` +
          'one, so every record in it would be added. Check that it is ' +
          'the file you meant to merge.',
      });
    }
  }
  return warnings;
}
