import { validateCodebook } from '../codebook/validate';
import { hashRecordFields } from './canonical';
import type { CodedFile, CodedFileProblem } from './coded-file-types';
import { createProblemList, type ProblemList } from './problem-list';

/**
 * Records whose fields no longer match their content hash: a value was
 * changed after the file was written. `hashes` are the records' hashes
 * as computed (see computeSeal), when the caller has them already.
 */
export function checkRecordHashes(
  file: CodedFile,
  hashes?: readonly string[],
): CodedFileProblem[] {
  const list = createProblemList();
  file.records.forEach((record, index) => {
    const hash = hashes?.[index] ?? hashRecordFields(record.fields);
    if (hash === record.contentHash) return;

    list.add(
      'CODED_FILE_RECORD_HASH',
      `/records/${index}`,
      `Record "${record.key}" does not match its content hash: its ` +
        'fields were changed after the file was written. Ask the sender ' +
        'for a fresh export.',
    );
  });
  return list.problems;
}

/**
 * Consistency the schema cannot express: unique keys and ids, every field
 * of every column, references to records, coders and columns that exist,
 * and a codebook fit to code with (see validateCodebook). Codebook
 * warnings come back with severity `warning`.
 */
export function checkCodedFileConsistency(file: CodedFile): CodedFileProblem[] {
  const list = createProblemList();
  checkColumns(file, list);
  const recordKeys = checkRecords(file, list);
  const coderIds = checkCoders(file, list);
  checkLayers(file, recordKeys, coderIds, list);
  checkConsensus(file, recordKeys, list);
  for (const problem of validateCodebook(file.codebook)) {
    list.problems.push({
      ...problem,
      code: problem.severity === 'error' ? 'CODED_FILE_CODEBOOK' : problem.code,
      message: `Codebook: ${problem.message}`,
      path: '/codebook',
    });
  }
  return list.problems;
}

function checkColumns(file: CodedFile, list: ProblemList): void {
  const seen = new Set<string>();
  file.project.columns.forEach((column, index) => {
    if (seen.has(column.key)) {
      list.add(
        'CODED_FILE_DUPLICATE',
        `/project/columns/${index}/key`,
        `Column key "${column.key}" appears twice in the project columns.`,
      );
    }
    seen.add(column.key);
  });
  const { keyColumn } = file.project;
  if (keyColumn !== null && !seen.has(keyColumn)) {
    list.add(
      'CODED_FILE_REFERENCE',
      '/project/keyColumn',
      `The key column "${keyColumn}" is not one of the project columns.`,
    );
  }
}

function checkRecords(file: CodedFile, list: ProblemList): Set<string> {
  const columns = file.project.columns.map((column) => column.key);
  const columnSet = new Set<string>(columns);
  const keys = new Set<string>();
  file.records.forEach((record, index) => {
    const path = `/records/${index}`;
    if (keys.has(record.key)) {
      list.add(
        'CODED_FILE_DUPLICATE',
        `${path}/key`,
        `Record key "${record.key}" appears twice; keys must be unique.`,
      );
    }
    keys.add(record.key);
    const names = Object.keys(record.fields);
    if (hasExactly(names, columnSet)) return;

    const missing = columns.filter((key) => !(key in record.fields));
    const extra = names.filter((name) => !columnSet.has(name));
    if (missing.length > 0 || extra.length > 0) {
      list.add(
        'CODED_FILE_FIELDS',
        `${path}/fields`,
        `Record "${record.key}" ${describeFieldMismatch(missing, extra)}; ` +
          'every record needs exactly one field per project column.',
      );
    }
  });
  return keys;
}

/** True when the (distinct) names are exactly those of `set`. */
function hasExactly(
  names: readonly string[],
  set: ReadonlySet<string>,
): boolean {
  return names.length === set.size && names.every((name) => set.has(name));
}

function describeFieldMismatch(
  missing: readonly string[],
  extra: readonly string[],
): string {
  const parts = [
    missing.length > 0 ? `lacks ${quoteList(missing)}` : '',
    extra.length > 0 ? `has unknown ${quoteList(extra)}` : '',
  ];
  return parts.filter((part) => part !== '').join(' and ');
}

function checkCoders(file: CodedFile, list: ProblemList): Set<string> {
  const ids = new Set<string>();
  file.coders.forEach((coder, index) => {
    if (ids.has(coder.id)) {
      list.add(
        'CODED_FILE_DUPLICATE',
        `/coders/${index}/id`,
        `Coder id "${coder.id}" appears twice in the coder list.`,
      );
    }
    ids.add(coder.id);
  });
  return ids;
}

function checkLayers(
  file: CodedFile,
  recordKeys: ReadonlySet<string>,
  coderIds: ReadonlySet<string>,
  list: ProblemList,
): void {
  const layerCoders = new Set<string>();
  file.layers.forEach((layer, index) => {
    const path = `/layers/${index}`;
    if (layerCoders.has(layer.coderId)) {
      list.add(
        'CODED_FILE_DUPLICATE',
        `${path}/coderId`,
        `Coder "${layer.coderId}" has two layers; a coder has one layer.`,
      );
    }
    layerCoders.add(layer.coderId);
    if (!coderIds.has(layer.coderId)) {
      list.add(
        'CODED_FILE_REFERENCE',
        `${path}/coderId`,
        `Layer ${index} belongs to coder "${layer.coderId}", who is not in ` +
          'the coder list.',
      );
    }
    const seen = new Set<string>();
    layer.codings.forEach((coding, position) => {
      const at = `${path}/codings/${position}/recordKey`;
      if (!recordKeys.has(coding.recordKey)) {
        list.add(
          'CODED_FILE_REFERENCE',
          at,
          `A coding refers to record "${coding.recordKey}", which the ` +
            'file does not contain.',
        );
      }
      if (seen.has(coding.recordKey)) {
        list.add(
          'CODED_FILE_DUPLICATE',
          at,
          `Coder "${layer.coderId}" has two codings of record ` +
            `"${coding.recordKey}".`,
        );
      }
      seen.add(coding.recordKey);
    });
  });
}

function checkConsensus(
  file: CodedFile,
  recordKeys: ReadonlySet<string>,
  list: ProblemList,
): void {
  const seen = new Set<string>();
  file.consensus.forEach((decision, index) => {
    const path = `/consensus/${index}`;
    if (!recordKeys.has(decision.recordKey)) {
      list.add(
        'CODED_FILE_REFERENCE',
        `${path}/recordKey`,
        `A consensus decision refers to record "${decision.recordKey}", ` +
          'which the file does not contain.',
      );
    }
    const id = `${decision.recordKey}\u0000${decision.codeId}`;
    if (seen.has(id)) {
      list.add(
        'CODED_FILE_DUPLICATE',
        path,
        `Record "${decision.recordKey}" has two consensus decisions on ` +
          `code ${decision.codeId}.`,
      );
    }
    seen.add(id);
  });
}

function quoteList(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((name) => `"${name}"`);
  const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
  return `${shown.join(', ')}${more}`;
}
