import { canonicalJson } from '../exchange/canonical';
import type { RecordCoding } from '../model/coding';
import type { CodeId, RecordKey } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import { BASE_SOURCE, logEntry } from './choices';
import type {
  LayersPlan,
  MergeLogEntry,
  MergeSource,
  OverwrittenCoding,
} from './types';

export type LayersOutcome = {
  readonly plan: LayersPlan;
  readonly layers: readonly RecordCoding[];
  readonly log: readonly MergeLogEntry[];
  readonly changed: boolean;
};

/** How code GUIDs of the project and of each file read in the result. */
export type Remaps = {
  readonly base: (id: CodeId) => CodeId;
  readonly sources: readonly ((id: CodeId) => CodeId)[];
};

/**
 * Reconciles coder layers: a coding (coder × record) only one side has is
 * kept; when several sides have one, the most recently updated wins and
 * every other is listed as overwritten. Equal update times fall back to
 * comparing the codings' canonical JSON, so the winner is the same
 * whatever order the files come in. Incoming code GUIDs are first mapped
 * to the project's (`remaps`, one per source). With `keepLog` false (a
 * dry run) no log is built.
 */
export function mergeLayers(
  base: ProjectSnapshot,
  sources: readonly MergeSource[],
  remaps: Remaps,
  recordOrder: ReadonlyMap<RecordKey, number>,
  keepLog: boolean,
): LayersOutcome {
  const state = createState(base, remaps.base, keepLog);
  sources.forEach((source, index) => {
    const remap = remaps.sources[index] ?? ((id: CodeId) => id);
    for (const coding of source.snapshot.layers) {
      mergeCoding(state, source.name, remapCoding(coding, remap));
    }
  });
  return finish(state, base, recordOrder);
}

type Entry = {
  coding: RecordCoding;
  /** The coding with its GUIDs as the result reads them, to compare. */
  view: RecordCoding;
  from: string;
  isBase: boolean;
  /** The slot (coder × record) exists in the project. */
  inBase: boolean;
  /** Canonical JSON, computed only when update times tie. */
  canonical?: string;
};

type State = {
  /** Coder → record → the winning coding so far. */
  readonly entries: Map<string, Map<string, Entry>>;
  readonly overwritten: OverwrittenCoding[];
  readonly log: MergeLogEntry[] | null;
  added: number;
  replaced: number;
  identical: number;
};

function createState(
  base: ProjectSnapshot,
  remap: (id: CodeId) => CodeId,
  keepLog: boolean,
): State {
  const entries = new Map<string, Map<string, Entry>>();
  for (const coding of base.layers) {
    const view = remapCoding(coding, remap);
    const entry = {
      coding,
      view,
      from: BASE_SOURCE,
      isBase: true,
      inBase: true,
    };
    layerOf(entries, coding.coderId).set(coding.recordKey, entry);
  }
  return {
    entries,
    overwritten: [],
    log: keepLog ? [] : null,
    added: 0,
    replaced: 0,
    identical: 0,
  };
}

function layerOf(
  entries: Map<string, Map<string, Entry>>,
  coderId: string,
): Map<string, Entry> {
  let layer = entries.get(coderId);
  if (layer === undefined) {
    layer = new Map();
    entries.set(coderId, layer);
  }
  return layer;
}

function mergeCoding(state: State, from: string, coding: RecordCoding): void {
  const layer = layerOf(state.entries, coding.coderId);
  const current = layer.get(coding.recordKey);
  const incoming: Entry = {
    coding,
    view: coding,
    from,
    isBase: false,
    inBase: false,
  };
  if (current === undefined) {
    layer.set(coding.recordKey, incoming);
    state.added += 1;
    state.log?.push(
      logEntry({
        action: 'coding_added',
        source: from,
        record: coding.recordKey,
        coder: coding.coderId,
        detail: "Added this coder's coding of the record.",
      }),
    );
    return;
  }
  const order = compareEntries(incoming, current);
  if (order === 0) {
    state.identical += 1;
    return;
  }
  const [winner, loser] = order > 0 ? [incoming, current] : [current, incoming];
  if (winner === incoming) {
    incoming.inBase = current.inBase;
    if (current.inBase) state.replaced += 1;
    layer.set(coding.recordKey, incoming);
  }
  recordOverwrite(state, winner, loser);
}

function recordOverwrite(state: State, winner: Entry, loser: Entry): void {
  state.overwritten.push({
    coderId: loser.coding.coderId,
    recordKey: loser.coding.recordKey,
    from: loser.from,
    coding: loser.coding,
    keptFrom: winner.from,
    kept: winner.coding,
  });
  state.log?.push(
    logEntry({
      action: loser.isBase ? 'coding_replaced' : 'coding_kept',
      source: loser.isBase ? winner.from : loser.from,
      record: winner.coding.recordKey,
      coder: winner.coding.coderId,
      choice: 'auto',
      kept: describeCoding(winner.coding),
      replaced: describeCoding(loser.coding),
      detail:
        `Kept the coding from ${winner.from} (updated ` +
        `${winner.coding.updatedAt}) over the one from ${loser.from} ` +
        `(updated ${loser.coding.updatedAt}).`,
    }),
  );
}

/**
 * Positive when `a` is the newer coding, negative when `b` is, 0 when
 * they are the same. Times compare as instants when both parse, else as
 * text; ties go to the greater canonical JSON.
 */
function compareEntries(a: Entry, b: Entry): number {
  if (isSameCoding(a.view, b.view)) return 0;

  const byTime = compareTimes(a.view.updatedAt, b.view.updatedAt);
  if (byTime !== 0) return byTime;

  a.canonical ??= canonicalJson(a.view);
  b.canonical ??= canonicalJson(b.view);
  return a.canonical > b.canonical ? 1 : -1;
}

/** Same-shaped UTC ISO times order as text; others are parsed. */
function compareTimes(a: string, b: string): number {
  if (a === b) return 0;

  const isSameShape =
    a.length === b.length && a.endsWith('Z') && b.endsWith('Z');
  if (!isSameShape) {
    const [x, y] = [Date.parse(a), Date.parse(b)];
    if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  }
  return a > b ? 1 : a < b ? -1 : 0;
}

function isSameCoding(a: RecordCoding, b: RecordCoding): boolean {
  if (a.codes.length !== b.codes.length) return false;

  for (let index = 0; index < a.codes.length; index += 1) {
    if (a.codes[index] !== b.codes[index]) return false;
  }
  return (
    a.updatedAt === b.updatedAt &&
    a.status === b.status &&
    a.memo === b.memo &&
    a.createdAt === b.createdAt &&
    a.codebookVersion === b.codebookVersion
  );
}

/** The coding with its GUIDs mapped; the same object when none change. */
function remapCoding(
  coding: RecordCoding,
  remap: (id: CodeId) => CodeId,
): RecordCoding {
  const { codes } = coding;
  let isSame = true;
  for (let index = 0; index < codes.length && isSame; index += 1) {
    isSame = remap(codes[index]!) === codes[index];
  }
  if (isSame) return coding;

  return { ...coding, codes: [...new Set(codes.map(remap))].sort() };
}

/**
 * The project's codings in place (a replaced one where it was), then the
 * new ones by record order and coder, so the result does not depend on
 * the order the files came in.
 */
function finish(
  state: State,
  base: ProjectSnapshot,
  recordOrder: ReadonlyMap<RecordKey, number>,
): LayersOutcome {
  const plan = {
    added: state.added,
    identical: state.identical,
    overwritten: state.overwritten,
  };
  const log = state.log ?? [];
  const changed = state.added > 0 || state.replaced > 0;
  if (!changed) return { plan, layers: base.layers, log, changed };

  const kept = base.layers.map(
    (coding) =>
      state.entries.get(coding.coderId)?.get(coding.recordKey)?.coding ??
      coding,
  );
  const buckets: RecordCoding[][] = [];
  for (const layer of state.entries.values()) {
    for (const entry of layer.values()) {
      if (entry.inBase) continue;

      const index = recordOrder.get(entry.coding.recordKey) ?? 0;
      (buckets[index] ??= []).push(entry.coding);
    }
  }
  const fresh = buckets.flatMap((bucket) =>
    bucket.length > 1 ? bucket.sort(byCoder) : bucket,
  );
  return { plan, layers: [...kept, ...fresh], log, changed };
}

function byCoder(a: RecordCoding, b: RecordCoding): number {
  return a.coderId < b.coderId ? -1 : a.coderId > b.coderId ? 1 : 0;
}

/** A coding in one line for the log: status, codes, memo. */
export function describeCoding(coding: RecordCoding): string {
  const memo = coding.memo === '' ? '' : `; memo: ${coding.memo}`;
  const codes = coding.codes.join(' ') || '(none)';
  return `${coding.status}; codes: ${codes}${memo}`;
}
