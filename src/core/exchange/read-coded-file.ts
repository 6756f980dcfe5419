import { sortCodesInTreeOrder } from '../codebook/tree';
import type { RecordCoding } from '../model/coding';
import { fail, ok, type Result } from '../model/problem';
import type { ProjectSnapshot } from '../model/snapshot';
import {
  checkCodedFileConsistency,
  checkRecordHashes,
} from './coded-file-checks';
import { checkCodedFileSchema } from './coded-file-schema';
import {
  CODED_FILE_FORMAT,
  CODED_FILE_VERSION,
  type CodedFile,
  type CodedFileProblem,
  type CodedFileProblemCode,
  type CodedFileRead,
} from './coded-file-types';
import { HASH_EVERY_TIME, type HashedFields } from './hashed-fields';
import { decodeUtf8 } from './utf8';
import { computeSeal, type CodedFileSeal } from './write-coded-file';

type ReadResult = Result<CodedFileRead, readonly CodedFileProblem[]>;

/**
 * Reads a coded file and checks it before anything uses it: UTF-8 text,
 * complete JSON, the Podscan format at a version this build reads, the
 * JSON Schema (each problem names its JSON Pointer), the checksum, every
 * record's content hash, then consistency (unique keys, references that
 * resolve, a usable codebook). Any failure refuses the whole file with
 * every problem found; reading never changes a project.
 */
export function readCodedFile(
  input: Uint8Array | string,
  options: ReadCodedFileOptions = {},
): ReadResult {
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  if (text === null) {
    return refuse(
      'CODED_FILE_NOT_TEXT',
      'The file is not UTF-8 text, so it is not a Podscan coded file.',
    );
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return refuse('CODED_FILE_EMPTY', 'The file is empty.');
  }
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;

  return checkParsed(parsed.value, options.hashed ?? HASH_EVERY_TIME);
}

export type ReadCodedFileOptions = {
  /**
   * Fields hashed while reading other files of the same merge (see
   * createHashedFields); reading this file adds to it.
   */
  readonly hashed?: HashedFields;
};

/**
 * Whether a file is a coded file: by its name (`*.podscan.json`), or by
 * its content, a JSON object whose `format` is "podscan-coded-file", as a
 * coded file saved under another name is. A cut-off or damaged one counts
 * when it starts as an object and names that format, so it is reported
 * as a refused coded file rather than read as a scan. Other JSON and
 * text are not.
 */
export function isCodedFile(fileName: string, bytes: Uint8Array): boolean {
  if (/\.podscan\.json$/i.test(fileName)) return true;
  if (!startsAsJsonObject(bytes)) return false;

  const text = decodeUtf8(bytes);
  if (text === null) return false;

  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return NAMES_CODED_FORMAT.test(text);

  const data = parsed.value;
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as Record<string, unknown>).format === CODED_FILE_FORMAT
  );
}

const NAMES_CODED_FORMAT = new RegExp(
  `"format"\\s*:\\s*"${CODED_FILE_FORMAT}"`,
);

function checkParsed(data: unknown, hashed: HashedFields): ReadResult {
  const header = checkHeader(data);
  if (header !== null) return fail([header]);

  const schemaProblems = checkCodedFileSchema(data);
  if (schemaProblems.length > 0) return fail(schemaProblems);

  const file = data as CodedFile;
  const seal = computeSeal(file, hashed);
  const sealProblems = checkSeal(file, seal);
  if (sealProblems.length > 0) return fail(sealProblems);

  const problems = checkCodedFileConsistency(file);
  if (problems.some((problem) => problem.severity === 'error')) {
    return fail(problems.filter((problem) => problem.severity === 'error'));
  }
  return ok({
    snapshot: toSnapshot(file, seal.fields),
    exportedAt: file.exportedAt,
    exportedBy: file.exportedBy,
    checksum: file.checksum,
    problems,
  });
}

/** The checksum, then each record's content hash. */
function checkSeal(file: CodedFile, seal: CodedFileSeal): CodedFileProblem[] {
  const records = checkRecordHashes(file, seal.contentHashes);
  if (seal.checksum === file.checksum) return records;

  const checksum = problem(
    'CODED_FILE_CHECKSUM',
    "The file's checksum does not match its content: it was changed or " +
      'damaged after Podscan wrote it. Ask the sender for a fresh export.',
    '/checksum',
  );
  return [checksum, ...records];
}

/**
 * The project the file holds, in the shape the app and merge use, with
 * each record's `fields` (equal to the file's) as the seal gave them.
 */
function toSnapshot(
  file: CodedFile,
  fields: CodedFileSeal['fields'],
): ProjectSnapshot {
  const layers: RecordCoding[] = [];
  for (const layer of file.layers) {
    for (const coding of layer.codings) {
      layers.push({
        recordKey: coding.recordKey,
        coderId: layer.coderId,
        codes: [...coding.codes].sort(),
        memo: coding.memo,
        status: coding.status,
        createdAt: coding.createdAt,
        updatedAt: coding.updatedAt,
        codebookVersion: coding.codebookVersion,
      });
    }
  }
  return {
    meta: {
      ...file.project,
      recordCount: file.records.length,
      layout: null,
    },
    records: file.records.map((record, index) => ({
      key: record.key,
      fields: fields[index] ?? record.fields,
      batchId: record.batchId,
      sourceRow: record.sourceRow,
    })),
    codebook: {
      ...file.codebook,
      codes: sortCodesInTreeOrder(file.codebook.codes),
    },
    coders: file.coders,
    layers,
    consensus: file.consensus,
  };
}

function parseJson(text: string): Result<unknown, CodedFileProblem[]> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail([describeNotJson(text, error)]);
  }
}

/**
 * Why text is not JSON. Text that does not even start as JSON is most
 * likely a scan picked by mistake, so it is named as a table and the
 * parser's words (about a stray letter) are left out; they help only to
 * find the fault in a file that starts as JSON and is damaged.
 */
function describeNotJson(text: string, error: unknown): CodedFileProblem {
  if (!/^\s*[[{]/.test(text)) {
    const firstLine = text.slice(0, text.search(/\r|\n|$/));
    return problem(
      'CODED_FILE_NOT_JSON',
      /[,;\t|]/.test(firstLine)
        ? 'This is not a Podscan coded file: it looks like a CSV or other ' +
            'text table, not JSON. To bring in a scan, import it as a scan ' +
            '(Import scan… in the app; on the command line, give it a .csv ' +
            'or .tsv name).'
        : 'This is not a Podscan coded file: it is text, not JSON.',
    );
  }
  if (isTruncated(text)) {
    return problem(
      'CODED_FILE_TRUNCATED',
      'The file ends in the middle of its content: it was cut off while ' +
        'being saved or copied. Ask the sender for the whole file.',
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return problem(
    'CODED_FILE_NOT_JSON',
    `The file is not valid JSON (${reason}); it is damaged or not a ` +
      'Podscan coded file.',
  );
}

/**
 * True when the text stops inside a string or before every `{` and `[`
 * is closed: a cut-off file rather than a malformed one.
 */
function isTruncated(text: string): boolean {
  let depth = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (isInString) {
      if (char === BACKSLASH) index += 1;
      else if (char === QUOTE) isInString = false;
    } else if (char === QUOTE) isInString = true;
    else if (char === OPEN_BRACE || char === OPEN_BRACKET) depth += 1;
    else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) depth -= 1;
  }
  return isInString || depth > 0;
}

/** The first byte after a byte-order mark and white space is `{`. */
function startsAsJsonObject(bytes: Uint8Array): boolean {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let index = hasBom ? 3 : 0;
  while (JSON_SPACE.has(bytes[index] ?? -1)) index += 1;
  return bytes[index] === OPEN_BRACE;
}

const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Format and version first, so a wrong file gets one clear message. */
function checkHeader(data: unknown): CodedFileProblem | null {
  const header =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  if (header.format !== CODED_FILE_FORMAT) {
    const hint =
      header.format === 'podscan-codebook'
        ? ' It is a Podscan codebook file; import it as a codebook.'
        : '';
    return problem(
      'CODED_FILE_FORMAT',
      `This is not a Podscan coded file (expected "format": ` +
        `"${CODED_FILE_FORMAT}").${hint}`,
      '/format',
    );
  }
  const { version } = header;
  if (typeof version === 'number' && version > CODED_FILE_VERSION) {
    return problem(
      'CODED_FILE_VERSION_NEWER',
      `This coded file has format version ${version}, written by a newer ` +
        `Podscan; this Podscan reads version ${CODED_FILE_VERSION}. Update ` +
        'Podscan to read it.',
      '/version',
    );
  }
  return null;
}

function refuse(code: CodedFileProblemCode, message: string): ReadResult {
  return fail([problem(code, message)]);
}

function problem(
  code: CodedFileProblemCode,
  message: string,
  path = '',
): CodedFileProblem {
  return { row: null, column: null, code, message, severity: 'error', path };
}
