import type { ProjectRepository } from '../../core/repository/types';
import { createLogger } from '../../shared/logger';
import {
  readCodebook,
  readCoders,
  readCodings,
  readConsensus,
  readSamples,
} from './coding-reads';
import {
  writeCodebook,
  writeCoder,
  writeCodings,
  writeConsensus,
  writeSample,
} from './coding-writes';
import type { PodscanDatabase } from './database';
import { readReplacedParts, readSnapshot, replaceParts } from './snapshot-io';

type Guard = <T>(action: string, work: () => Promise<T>) => Promise<T>;

export type CodingMethods = Pick<
  ProjectRepository,
  | 'listCoders'
  | 'saveCoder'
  | 'loadCodebook'
  | 'saveCodebook'
  | 'loadLayer'
  | 'loadLayers'
  | 'saveCodings'
  | 'loadConsensus'
  | 'saveConsensus'
  | 'deleteConsensus'
  | 'listSamples'
  | 'saveSample'
  | 'deleteSample'
  | 'loadSnapshot'
  | 'replaceSnapshotParts'
  | 'loadReplacedParts'
>;

/** The coding half of the IndexedDB repository (see dexie-repository.ts). */
export function createCodingMethods(
  db: PodscanDatabase,
  guard: Guard,
): CodingMethods {
  return {
    listCoders: (id) => guard('listCoders', () => readCoders(db, id)),
    saveCoder: (id, coder, info) =>
      guard('saveCoder', () => writeCoder(db, id, coder, info)),
    loadCodebook: (id) => guard('loadCodebook', () => readCodebook(db, id)),
    saveCodebook: (id, codebook, save) =>
      guard('saveCodebook', () => writeCodebook(db, id, codebook, save)),
    loadLayer: (id, coderId) =>
      timed('loadLayer', id, () => readCodings(db, id, coderId)),
    loadLayers: (id) =>
      timed('loadLayers', id, () => readCodings(db, id, null)),
    saveCodings: (id, changes, info) =>
      guard('saveCodings', () => writeCodings(db, id, changes, info)),
    loadConsensus: (id) => guard('loadConsensus', () => readConsensus(db, id)),
    saveConsensus: (id, decisions, info) =>
      guard('saveConsensus', () =>
        writeConsensus(
          db,
          id,
          decisions.map((decision) => [decision, decision]),
          info,
        ),
      ),
    deleteConsensus: (id, keys, info) =>
      guard('deleteConsensus', () =>
        writeConsensus(
          db,
          id,
          keys.map((key) => [key, null]),
          info,
        ),
      ),
    listSamples: (id) => guard('listSamples', () => readSamples(db, id)),
    saveSample: async (id, sample, info) => {
      const event = await guard('saveSample', () =>
        writeSample(db, id, sample.id, sample, info),
      );
      if (!event) throw new Error('saving a sample logged no event');

      return event;
    },
    deleteSample: (id, sampleId, info) =>
      guard('deleteSample', () => writeSample(db, id, sampleId, null, info)),
    loadSnapshot: (id, onProgress) =>
      guard('loadSnapshot', () => readSnapshot(db, id, onProgress)),
    replaceSnapshotParts: (id, parts, event, options) =>
      guard('replaceSnapshotParts', () =>
        replaceParts(db, id, parts, event, options),
      ),
    loadReplacedParts: (id, seq) =>
      guard('loadReplacedParts', () => readReplacedParts(db, id, seq)),
  };

  async function timed<T extends readonly unknown[]>(
    action: string,
    id: string,
    work: () => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    const result = await guard(action, work);
    const ms = Math.round(performance.now() - started);
    log.info(`${action} done`, { project: id, codings: result.length, ms });
    return result;
  }
}

const log = createLogger('persistence');
