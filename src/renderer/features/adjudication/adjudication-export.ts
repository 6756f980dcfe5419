import {
  buildDisagreementLog,
  exportDisagreementLog,
  type DisagreementQueue,
  type ReportNames,
} from '../../../core/agreement';
import { exportConsensus } from '../../../core/export';
import type { ConsensusDecision } from '../../../core/model/coding';
import type { ProjectMeta } from '../../../core/model/project';
import type { ProjectRepository } from '../../../core/repository/types';
import type { Platform } from '../../platform/types';
import { fileStem } from '../agreement/report-export';

const CSV_FILTER = [{ name: 'CSV', extensions: ['csv'] }];

/** Saves the per-code disagreement log as CSV (UTF-8 with a BOM). */
export async function saveDisagreementLog(input: {
  readonly platform: Platform;
  readonly meta: ProjectMeta;
  readonly queue: DisagreementQueue;
  readonly decisions: readonly ConsensusDecision[];
  readonly names: ReportNames;
}): Promise<boolean> {
  const log = buildDisagreementLog(input.queue, input.decisions);
  const { text } = exportDisagreementLog(log, input.names, { bom: true });
  const result = await input.platform.saveFile({
    suggestedName: `${fileStem(input.meta.name)}-disagreement-log.csv`,
    filters: CSV_FILTER,
    data: text,
  });
  return result.saved;
}

/**
 * Saves the consensus layer as stored, in the consensus export's layout
 * (one row per decided record × code).
 */
export async function saveConsensusCsv(input: {
  readonly platform: Platform;
  readonly repository: ProjectRepository;
  readonly meta: ProjectMeta;
}): Promise<boolean> {
  const snapshot = await input.repository.loadSnapshot(input.meta.id);
  const { text } = exportConsensus(snapshot, { bom: true });
  const result = await input.platform.saveFile({
    suggestedName: `${fileStem(input.meta.name)}-consensus.csv`,
    filters: CSV_FILTER,
    data: text,
  });
  return result.saved;
}
