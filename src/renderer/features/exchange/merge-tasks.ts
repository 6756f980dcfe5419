import { createHashedFields, readCodedFile } from '../../../core/exchange';
import {
  applyMerge,
  createMergeEvent,
  planMerge,
  type MergeContext,
  type MergeLogEntry,
  type MergeResolutions,
  type MergeResult,
  type MergeSource,
  type UnresolvedChoice,
} from '../../../core/merge';
import type { NewAuditEvent } from '../../../core/model/audit';
import { asProjectId } from '../../../core/model/ids';
import { listPartNames } from '../../../core/repository/replacement';
import type {
  ChangeInfo,
  ProgressFn,
  ProjectRepository,
  SnapshotParts,
} from '../../../core/repository/types';
import type { MergeFile, RefusedFile } from '../../workers/exchange-protocol';
import { readMergeHistory, type MergeHistory } from './merge-history';
import {
  buildMergePreview,
  type MergePreview,
  type NamedRead,
} from './merge-preview';

export type ReadFiles =
  | { readonly ok: true; readonly reads: readonly NamedRead[] }
  | { readonly ok: false; readonly refused: readonly RefusedFile[] };

/**
 * Reads and checks every picked file. One refused file refuses the pick:
 * nothing is planned, so nothing can change, and each refused file is
 * named with its problems. Files with the same name get `(2)`, `(3)`… so
 * the report can tell them apart.
 */
export function readMergeFiles(files: readonly MergeFile[]): ReadFiles {
  const reads: NamedRead[] = [];
  const refused: RefusedFile[] = [];
  const names = uniqueNames(files.map((file) => file.name));
  const hashed = createHashedFields();
  files.forEach((file, index) => {
    const read = readCodedFile(file.bytes, { hashed });
    const name = names[index]!;
    if (read.ok) reads.push({ name, read: read.value });
    else refused.push({ name, problems: read.error });
  });
  return refused.length > 0 ? { ok: false, refused } : { ok: true, reads };
}

/** Files as merge sources, in the order they were picked. */
export function toSources(reads: readonly NamedRead[]): MergeSource[] {
  return reads.map(({ name, read }) => ({ name, snapshot: read.snapshot }));
}

/**
 * The dry run of merging `reads` into the stored project: reads the
 * project in one transaction and plans the merge; changes nothing.
 * `wouldChange` is answered by applying the plan in memory when no
 * choice is needed.
 */
export async function previewStoredMerge(
  repository: ProjectRepository,
  projectId: string,
  reads: readonly NamedRead[],
  onProgress?: ProgressFn,
): Promise<MergePreview> {
  const base = await repository.loadSnapshot(
    asProjectId(projectId),
    onProgress,
  );
  const report = planMerge(base, toSources(reads));
  const probe =
    report.unresolved.length === 0
      ? applyMerge(base, report, {}, PROBE_CONTEXT)
      : null;
  const wouldChange = probe?.ok === true ? probe.value.changed : null;
  return buildMergePreview(base, report, reads, wouldChange);
}

/** Choices a merge still needs: how many, and the first few. */
export type MissingChoices = {
  readonly kind: 'unresolved';
  readonly count: number;
  readonly messages: readonly string[];
};

export type StoredMergeOutcome =
  | MissingChoices
  | {
      readonly kind: 'merged';
      /** The merge event, or null when nothing changed. */
      readonly seq: number | null;
      readonly log: readonly MergeLogEntry[];
    };

/**
 * Merges the files into the stored project: reads the project afresh (so
 * changes made since the preview are kept), merges with the choices, and
 * writes every changed part with the merge event in ONE transaction,
 * refused if the codebook changed meanwhile. Writes nothing when the
 * merge changes nothing, e.g. the same file merged again.
 */
export async function applyStoredMerge(
  repository: ProjectRepository,
  projectId: string,
  sources: readonly MergeSource[],
  resolutions: MergeResolutions,
  context: MergeContext & { readonly onProgress?: ProgressFn },
): Promise<StoredMergeOutcome> {
  const id = asProjectId(projectId);
  const base = await repository.loadSnapshot(id, context.onProgress);
  const report = planMerge(base, sources);
  const applied = applyMerge(base, report, resolutions, context);
  if (!applied.ok) return describeMissing(applied.error);

  const result = applied.value;
  if (!result.changed) return { kind: 'merged', seq: null, log: result.log };

  const event = await repository.replaceSnapshotParts(
    id,
    pickParts(result),
    createMergeEvent(report, result, context),
    { expectedCodebookVersion: base.codebook.version },
  );
  return { kind: 'merged', seq: event.seq, log: result.log };
}

/**
 * The merge log `applyStoredMerge` would write with these choices, from a
 * dry run on the stored project; null lists the missing choices instead.
 */
export async function dryRunMergeLog(
  repository: ProjectRepository,
  projectId: string,
  sources: readonly MergeSource[],
  resolutions: MergeResolutions,
  context: MergeContext,
): Promise<
  MissingChoices | { readonly kind: 'log'; readonly log: MergeLogEntry[] }
> {
  const base = await repository.loadSnapshot(asProjectId(projectId));
  const applied = applyMerge(
    base,
    planMerge(base, sources),
    resolutions,
    context,
  );
  return applied.ok
    ? { kind: 'log', log: [...applied.value.log] }
    : describeMissing(applied.error);
}

/**
 * Undoes the merge logged as `seq` as a whole: puts back every part it
 * replaced, in one transaction, logged as a merge event that reverts it.
 * Refuses, changing nothing, when the merge is no longer the latest
 * change or its replaced parts are no longer kept.
 */
export async function undoStoredMerge(
  repository: ProjectRepository,
  projectId: string,
  seq: number,
  info: ChangeInfo,
): Promise<void> {
  const id = asProjectId(projectId);
  const history = await readMergeHistory(repository, projectId);
  if (history.kind !== 'undoable' || history.merge.seq !== seq) {
    throw new Error(
      'This merge can no longer be undone: the project changed after it. ' +
        'Nothing was changed.',
    );
  }
  const parts = await repository.loadReplacedParts(id, seq);
  if (parts === undefined) {
    throw new Error(
      'Podscan no longer keeps what this merge replaced (it keeps the ' +
        'latest five merges), so it cannot be undone. Nothing was changed.',
    );
  }
  await repository.replaceSnapshotParts(
    id,
    parts,
    revertEvent(history, parts, info),
  );
}

function revertEvent(
  history: Extract<MergeHistory, { kind: 'undoable' }>,
  parts: SnapshotParts,
  info: ChangeInfo,
): NewAuditEvent {
  const files = history.merge.sources.join(', ');
  return {
    at: info.at,
    actor: info.actor,
    recordKey: null,
    detail: {
      kind: 'merge',
      sources: [],
      summary: `Undid the merge of ${files}.`,
      parts: listPartNames(parts),
      reverts: history.merge.seq,
      via: 'undo',
    },
  };
}

/** The parts of the merged snapshot that differ from the project. */
function pickParts(result: MergeResult): SnapshotParts {
  const { snapshot, parts } = result;
  const has = (name: (typeof parts)[number]) => parts.includes(name);
  return {
    meta: snapshot.meta,
    ...(has('records') ? { records: snapshot.records } : {}),
    ...(has('codebook') ? { codebook: snapshot.codebook } : {}),
    ...(has('coders') ? { coders: snapshot.coders } : {}),
    ...(has('layers') ? { layers: snapshot.layers } : {}),
    ...(has('consensus') ? { consensus: snapshot.consensus } : {}),
  };
}

const PROBE_CONTEXT: MergeContext = {
  actor: '',
  clock: () => new Date(0).toISOString(),
};

function describeMissing(
  unresolved: readonly UnresolvedChoice[],
): MissingChoices {
  return {
    kind: 'unresolved',
    count: unresolved.length,
    messages: unresolved.slice(0, 5).map((choice) => choice.message),
  };
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
