import { strToU8, zipSync, type Zippable } from 'fflate';
import { isXmlSafe } from '../codebook/xml';
import { deriveGuid } from '../exchange/canonical';
import type { Problem } from '../model/problem';
import type { ScanRecord } from '../model/scan';
import type { ProjectSnapshot } from '../model/snapshot';
import { buildProjectQde, type QdeSource } from './qde';

export type QdpxOutput = {
  readonly bytes: Uint8Array;
  readonly warnings: readonly Problem[];
};

/**
 * The project as a REFI-QDA `.qdpx` (a zip): `project.qde` (see
 * buildProjectQde) and `Sources/<guid>.txt`, one UTF-8 text per record
 * with a `label: value` line per non-empty field. Characters XML cannot
 * hold become U+FFFD in project.qde (the texts keep them) and are warned
 * about. Zip entry times are the export time, so equal input gives equal
 * bytes.
 */
export function exportQdpx(
  snapshot: ProjectSnapshot,
  options: { readonly exportedAt: string },
): QdpxOutput {
  let replaced = 0;
  const clean = (text: string): string => {
    if (isXmlSafe(text)) return text;

    replaced += 1;
    return text.replace(UNSAFE_XML, '\uFFFD');
  };
  const sources: QdeSource[] = snapshot.records.map((record) => {
    const guid = deriveGuid('source', snapshot.meta.id, record.key);
    return { guid, record, path: `Sources/${guid}.txt` };
  });
  const qde = buildProjectQde({
    snapshot,
    sources,
    exportedAt: options.exportedAt,
    clean,
  });
  const mtime = zipTime(options.exportedAt);
  const files: Zippable = {
    'project.qde': [strToU8(qde), { mtime }],
  };
  for (const source of sources) {
    files[source.path] = [
      strToU8(sourceText(snapshot, source.record)),
      { mtime },
    ];
  }
  return {
    bytes: zipSync(files, { level: 6 }),
    warnings: replaced === 0 ? [] : [unsafeWarning(replaced)],
  };
}

// Everything outside XML 1.0's Char production.
const UNSAFE_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The record as readable text: one `label: value` line per field. */
function sourceText(snapshot: ProjectSnapshot, record: ScanRecord): string {
  return snapshot.meta.columns
    .map((column) => [column.label, record.fields[column.key] ?? ''])
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}

/** Zip times cannot precede 1980; an unreadable time gives 1980-01-01. */
function zipTime(exportedAt: string): Date {
  const time = Date.parse(exportedAt);
  const earliest = Date.UTC(1980, 0, 1);
  return new Date(Number.isFinite(time) && time > earliest ? time : earliest);
}

function unsafeWarning(count: number): Problem {
  return {
    row: null,
    column: null,
    code: 'QDPX_CHARACTER_REPLACED',
    message:
      `${count} text(s) held control characters XML cannot carry; they ` +
      'appear as \uFFFD in project.qde (the record texts keep them).',
    severity: 'warning',
  };
}
