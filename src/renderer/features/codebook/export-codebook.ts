import {
  exportCodebookTable,
  exportQdc,
  serializeCodebookJson,
  type Codebook,
  type CodebookProblem,
} from '../../../core/codebook';
import type { Platform, SaveRequest } from '../../platform/types';

export type CodebookExportFormat = 'qdc' | 'json' | 'csv';

export type CodebookExportOutcome =
  | {
      readonly kind: 'saved';
      readonly location: string;
      /** What the file does not keep (CSV only; absent when nothing). */
      readonly warnings?: readonly CodebookProblem[];
    }
  | { readonly kind: 'cancelled' }
  | {
      readonly kind: 'refused';
      readonly problems: readonly CodebookProblem[];
    };

/**
 * Saves the codebook as REFI-QDA `.qdc`, as a Podscan codebook file or as
 * a CSV table (with a byte-order mark, for Excel), named after the
 * project. A codebook the format cannot carry is refused with core's
 * problems; nothing is written then.
 */
export async function exportCodebook(
  platform: Platform,
  codebook: Codebook,
  projectName: string,
  format: CodebookExportFormat,
): Promise<CodebookExportOutcome> {
  const request = buildRequest(codebook, suggestBaseName(projectName), format);
  if (!request.ok) return { kind: 'refused', problems: request.problems };

  const saved = await platform.saveFile(request.value);
  if (!saved.saved) return { kind: 'cancelled' };

  const { warnings } = request;
  return warnings.length > 0
    ? { kind: 'saved', location: saved.location, warnings }
    : { kind: 'saved', location: saved.location };
}

/** A file name from a project name: no path separators or reserved marks. */
export function suggestBaseName(projectName: string): string {
  const cleaned = [...projectName]
    .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? 'codebook' : `${cleaned} codebook`;
}

type Built =
  | {
      readonly ok: true;
      readonly value: SaveRequest;
      readonly warnings: readonly CodebookProblem[];
    }
  | { readonly ok: false; readonly problems: readonly CodebookProblem[] };

function buildRequest(
  codebook: Codebook,
  baseName: string,
  format: CodebookExportFormat,
): Built {
  if (format === 'json') {
    return {
      ok: true,
      value: {
        suggestedName: `${baseName}.codebook.json`,
        filters: [{ name: 'Podscan codebook', extensions: ['json'] }],
        data: serializeCodebookJson(codebook),
      },
      warnings: [],
    };
  }
  if (format === 'csv') return buildTableRequest(codebook, baseName);

  const xml = exportQdc(codebook);
  if (!xml.ok) return { ok: false, problems: xml.error };

  return {
    ok: true,
    value: {
      suggestedName: `${baseName}.qdc`,
      filters: [{ name: 'REFI-QDA codebook', extensions: ['qdc'] }],
      data: xml.value,
    },
    warnings: [],
  };
}

function buildTableRequest(codebook: Codebook, baseName: string): Built {
  const table = exportCodebookTable(codebook, { bom: true });
  if (!table.ok) return { ok: false, problems: table.error };

  return {
    ok: true,
    value: {
      suggestedName: `${baseName}.csv`,
      filters: [{ name: 'Codebook table (CSV)', extensions: ['csv'] }],
      data: table.value.text,
    },
    warnings: table.value.warnings,
  };
}
