import type { Codebook } from '../codebook/types';
import type { ConsensusChange, NewAuditEvent } from '../model/audit';
import type {
  Coder,
  CodingChange,
  ConsensusDecision,
  RecordCoding,
  ReliabilitySample,
} from '../model/coding';
import type { CoderId, RecordKey } from '../model/ids';
import { createRepositoryError } from './errors';
import type { ChangeInfo, ConsensusKey } from './coding-types';

/*
 * Rules both repositories share for coders, codebooks, layers, consensus
 * and samples, so the IndexedDB one and its in-memory twin cannot drift.
 * Functions that check throw RepositoryErrors: they run inside a write,
 * which the throw rolls back.
 */

/** What `loadCodebook` gives for a project that has none saved yet. */
export function createEmptyCodebook(): Codebook {
  return { version: 0, codes: [], sets: [], aliases: {}, history: [] };
}

/** Refuses a save based on a stale version, or one that does not advance. */
export function checkCodebookSave(
  stored: Codebook,
  codebook: Codebook,
  baseVersion: number,
): void {
  if (stored.version !== baseVersion) {
    throw createRepositoryError(
      'CODEBOOK_VERSION_CONFLICT',
      `it was made from version ${baseVersion}, but version ` +
        `${stored.version} is stored`,
    );
  }
  if (codebook.version <= stored.version) {
    throw createRepositoryError(
      'INVALID_ARGUMENT',
      `codebook version ${codebook.version} does not follow the stored ` +
        `version ${stored.version}`,
    );
  }
}

/** Refuses a replacement computed from another codebook version. */
export function checkExpectedCodebook(
  stored: Codebook,
  expected: number | undefined,
): void {
  if (expected === undefined || stored.version === expected) return;

  throw createRepositoryError(
    'CODEBOOK_VERSION_CONFLICT',
    `the merge was prepared with version ${expected}, but version ` +
      `${stored.version} is stored`,
  );
}

/** Every change is by a coder of the project and carries its own entry. */
export function checkCodingChanges(
  changes: readonly CodingChange[],
  coders: readonly Coder[],
): void {
  const known = new Set(coders.map((coder) => coder.id));
  for (const { coderId, recordKey, after } of changes) {
    if (!known.has(coderId)) {
      throw createRepositoryError(
        'INVALID_ARGUMENT',
        `coder ${coderId} is not a coder of this project; add them first`,
      );
    }
    if (after && (after.coderId !== coderId || after.recordKey !== recordKey)) {
      throw createRepositoryError(
        'INVALID_ARGUMENT',
        `the change for record ${recordKey} of coder ${coderId} carries ` +
          `the entry of record ${after.recordKey} of coder ${after.coderId}`,
      );
    }
  }
}

/**
 * Applies changes in order to the entries `layerOf` hands out (mutable,
 * one map per coder or per stored bucket), and returns one event per
 * change whose `before` is what was stored.
 */
export function applyStoredCodings(
  changes: readonly CodingChange[],
  layerOf: (change: CodingChange) => Map<RecordKey, RecordCoding>,
  info: ChangeInfo,
): NewAuditEvent[] {
  return changes.map((change) => {
    const layer = layerOf(change);
    const before = layer.get(change.recordKey) ?? null;
    if (change.after === null) layer.delete(change.recordKey);
    else layer.set(change.recordKey, change.after);

    const { at, actor, via } = info;
    const detail = {
      kind: change.kind,
      coderId: change.coderId,
      before,
      after: change.after,
      ...(via ? { via } : {}),
    };
    return { at, actor, recordKey: change.recordKey, detail };
  });
}

/** The event of adding or updating a coder, or null when nothing changes. */
export function createCoderEvent(
  info: ChangeInfo,
  before: Coder | null,
  after: Coder,
): NewAuditEvent | null {
  const same =
    before !== null &&
    before.name === after.name &&
    before.initials === after.initials;
  if (same) return null;

  const { at, actor } = info;
  return {
    at,
    actor,
    recordKey: null,
    detail: { kind: 'coder', before, after },
  };
}

/** The event of drawing, updating or deleting a sample. */
export function createSampleEvent(
  info: ChangeInfo,
  before: ReliabilitySample | null,
  after: ReliabilitySample | null,
): NewAuditEvent {
  const action: 'draw' | 'update' | 'delete' =
    after === null ? 'delete' : before === null ? 'draw' : 'update';
  const { at, actor } = info;
  const detail = { kind: 'sample' as const, action, before, after };
  return { at, actor, recordKey: null, detail };
}

/** The `adjudication` event of consensus changes (one record: its key). */
export function createAdjudicationEvent(
  info: ChangeInfo,
  decisions: readonly ConsensusChange[],
): NewAuditEvent {
  const records = new Set(decisions.map((each) => each.recordKey));
  const [only] = records;
  const { at, actor, via } = info;
  return {
    at,
    actor,
    recordKey: records.size === 1 && only !== undefined ? only : null,
    detail: { kind: 'adjudication', decisions, ...(via ? { via } : {}) },
  };
}

/** One string per record × code, for maps of decisions. */
export function consensusKeyOf(key: ConsensusKey): string {
  return JSON.stringify([key.recordKey, key.codeId]);
}

/** By coder GUID, then record key: the order `loadLayers` promises. */
export function compareCodings(a: RecordCoding, b: RecordCoding): number {
  return (
    compareText(a.coderId, b.coderId) || compareText(a.recordKey, b.recordKey)
  );
}

export function compareDecisions(
  a: ConsensusDecision,
  b: ConsensusDecision,
): number {
  return (
    compareText(a.recordKey, b.recordKey) || compareText(a.codeId, b.codeId)
  );
}

/** Oldest first, by id within one instant. */
export function compareSamples(
  a: ReliabilitySample,
  b: ReliabilitySample,
): number {
  return compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id);
}

/** The coder's entries keyed by record, as `applyStoredCodings` needs. */
export function indexLayer(
  codings: Iterable<RecordCoding>,
): Map<RecordKey, RecordCoding> {
  const layer = new Map<RecordKey, RecordCoding>();
  for (const coding of codings) layer.set(coding.recordKey, coding);
  return layer;
}

/** Groups codings by coder, keeping their order. */
export function groupByCoder(
  codings: readonly RecordCoding[],
): Map<CoderId, RecordCoding[]> {
  const byCoder = new Map<CoderId, RecordCoding[]>();
  for (const coding of codings) {
    const layer = byCoder.get(coding.coderId) ?? [];
    layer.push(coding);
    byCoder.set(coding.coderId, layer);
  }
  return byCoder;
}

/** Code-unit order, the same in every runtime and locale. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;

  return a < b ? -1 : 1;
}
