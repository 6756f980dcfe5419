import type { MergeLogEntry } from '../../../core/merge';
import type { Platform } from '../../platform/types';
import type { ExchangeTasks } from './useExchangeTasks';

/**
 * Saves a merge log (docs/coded-file.md, "merge log") as CSV (with a BOM
 * for Excel, formula-like cells neutralised) or JSON. Resolves false when
 * the user cancelled; rejects with a message when it failed.
 */
export async function saveMergeReport(
  tasks: ExchangeTasks,
  platform: Platform,
  input: {
    readonly log: readonly MergeLogEntry[];
    readonly format: 'csv' | 'json';
    readonly stem: string;
  },
): Promise<boolean> {
  const response = await tasks.run(
    {
      type: 'write-log',
      log: input.log,
      format: input.format,
      csv: { bom: true, delimiter: ',', neutralise: true },
    },
    'Writing the merge report',
  );
  if (response.type === 'failed') throw new Error(response.message);
  if (response.type !== 'written') return false;

  const saved = await platform.saveFile({
    suggestedName: `${input.stem}-merge-report.${input.format}`,
    filters: [
      input.format === 'csv'
        ? { name: 'CSV', extensions: ['csv'] }
        : { name: 'JSON', extensions: ['json'] },
    ],
    data: response.bytes,
  });
  return saved.saved;
}
