import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  CODED_FILE_SCHEMA,
  computeChecksum,
  hashRecordFields,
  isCodedFile,
  readCodedFile,
  writeCodedFile,
  type CodedFile,
  type CodedFileProblem,
} from '../../../../src/core/exchange';
import { computeSeal } from '../../../../src/core/exchange/write-coded-file';
import { asCoderId } from '../../../../src/core/model/ids';
import type { ProjectSnapshot } from '../../../../src/core/model/snapshot';
import {
  ANA,
  BEN,
  GUID,
  makeCoding,
  makeSnapshot,
  normaliseSnapshot,
  T2,
} from './snapshot-builder';

const OPTIONS = { exportedAt: T2, exportedBy: 'Ana' };

function write(snapshot: ProjectSnapshot = makeSnapshot()): string {
  const written = writeCodedFile(snapshot, OPTIONS);
  if (!written.ok) throw new Error(JSON.stringify(written.error));
  return written.value;
}

function refusal(input: string | Uint8Array): CodedFileProblem[] {
  const read = readCodedFile(input);
  if (read.ok) throw new Error('expected the file to be refused');
  return [...read.error];
}

/** Edits the parsed file and writes it back with a fresh checksum. */
function reseal(text: string, edit: (file: Record<string, unknown>) => void) {
  const file = JSON.parse(text) as Record<string, unknown>;
  edit(file);
  file.checksum = computeChecksum(file);
  return JSON.stringify(file);
}

describe('writeCodedFile and readCodedFile', () => {
  it('read back what was written', () => {
    const snapshot = makeSnapshot();
    const read = readCodedFile(write(snapshot));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(normaliseSnapshot(read.value.snapshot)).toEqual(
      normaliseSnapshot(snapshot),
    );
    expect(read.value.exportedAt).toBe(T2);
    expect(read.value.exportedBy).toBe('Ana');
  });

  it('keeps blind mode and the leads', () => {
    const base = makeSnapshot();
    const snapshot = {
      ...base,
      meta: {
        ...base.meta,
        settings: { blindMode: true, leads: [asCoderId(GUID.lead)] },
      },
    };
    const read = readCodedFile(write(snapshot));
    expect(read.ok && read.value.snapshot.meta.settings).toEqual({
      blindMode: true,
      leads: [GUID.lead],
    });
  });

  it('writes the documented top-level members in order', () => {
    const file = JSON.parse(write()) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exportedAt',
      'exportedBy',
      'project',
      'codebook',
      'coders',
      'records',
      'layers',
      'consensus',
      'checksum',
    ]);
    expect(file.format).toBe('podscan-coded-file');
    expect(file.version).toBe(1);
  });

  it('groups codings in one layer per coder', () => {
    const file = JSON.parse(write()) as {
      layers: { coderId: string; codings: { recordKey: string }[] }[];
    };
    expect(
      file.layers.map((layer) => [
        layer.coderId,
        layer.codings.map((c) => c.recordKey),
      ]),
    ).toEqual([
      [ANA.id, ['P-1', 'P-2']],
      [BEN.id, ['P-1', 'P-3']],
      ['cccccccc-0000-4000-8000-000000000003', []],
    ]);
  });

  it('accepts a byte-order mark, other indentation and key order', () => {
    const file = JSON.parse(write()) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(file).reverse());
    const bytes = new TextEncoder().encode(
      `\uFEFF${JSON.stringify(reordered)}`,
    );
    expect(readCodedFile(bytes).ok).toBe(true);
  });

  it("keeps only the listed coders' layers and no consensus in a blind export", () => {
    const written = writeCodedFile(makeSnapshot(), {
      ...OPTIONS,
      visibility: [ANA.id],
    });
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    const read = readCodedFile(written.value);
    if (!read.ok) throw new Error('unreadable');
    const { snapshot } = read.value;
    expect(snapshot.coders.map((c) => c.name)).toEqual(['Ana', 'Ben', 'Lead']);
    expect(new Set(snapshot.layers.map((c) => c.coderId))).toEqual(
      new Set([ANA.id]),
    );
    expect(snapshot.consensus).toEqual([]);
  });

  it('applies a visibility function given by the app', () => {
    const written = writeCodedFile(makeSnapshot(), {
      ...OPTIONS,
      visibility: (snapshot) => ({
        ...snapshot,
        layers: snapshot.layers.filter((c) => c.recordKey === 'P-1'),
      }),
    });
    if (!written.ok) throw new Error('not written');
    const read = readCodedFile(written.value);
    if (!read.ok) throw new Error('unreadable');
    expect(read.value.snapshot.layers.map((c) => c.recordKey)).toEqual([
      'P-1',
      'P-1',
    ]);
  });

  it('refuses to write a project the reader would refuse', () => {
    const snapshot = makeSnapshot({
      layers: [makeCoding(ANA, 'P-9', [])],
    });
    const written = writeCodedFile(snapshot, OPTIONS);
    expect(written.ok).toBe(false);
    if (written.ok) return;
    expect(written.error.map((p) => p.code)).toEqual(['CODED_FILE_REFERENCE']);
  });
});

describe('the JSON Schema in docs/', () => {
  it('is a valid draft 2020-12 schema that accepts a written file', () => {
    const ajv = new Ajv2020({ allowUnionTypes: true });
    const validate = ajv.compile(CODED_FILE_SCHEMA);
    expect(validate(JSON.parse(write()))).toBe(true);
    expect(CODED_FILE_SCHEMA.$schema).toBe(
      'https://json-schema.org/draft/2020-12/schema',
    );
  });
});

describe('refusing a damaged file', () => {
  it('calls a file cut off at any point truncated', () => {
    const text = write();
    for (const length of [
      1,
      40,
      500,
      Math.floor(text.length / 2),
      text.length - 3,
    ]) {
      const problems = refusal(text.slice(0, length));
      expect(problems.map((p) => p.code)).toEqual(['CODED_FILE_TRUNCATED']);
    }
  });

  it('says a malformed file is not JSON', () => {
    const problems = refusal('{"format": "podscan-coded-file",, }');
    expect(problems[0]?.code).toBe('CODED_FILE_NOT_JSON');
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it("names a text table as such, without the parser's words", () => {
    const table = refusal('id,name\n1,"Eastside\n');
    const prose = refusal('Notes from the site visit\n');

    expect(table.map((p) => [p.code, p.message])).toEqual([
      [
        'CODED_FILE_NOT_JSON',
        'This is not a Podscan coded file: it looks like a CSV or other ' +
          'text table, not JSON. To bring in a scan, import it as a scan ' +
          '(Import scan… in the app; on the command line, give it a .csv or ' +
          '.tsv name).',
      ],
    ]);
    expect(prose[0]?.message).toBe(
      'This is not a Podscan coded file: it is text, not JSON.',
    );
  });

  it('refuses bytes that are not UTF-8, and an empty file', () => {
    expect(refusal(new Uint8Array([0x7b, 0xff, 0xfe]))[0]?.code).toBe(
      'CODED_FILE_NOT_TEXT',
    );
    expect(refusal('  \n')[0]?.code).toBe('CODED_FILE_EMPTY');
  });

  it('names another format, pointing a codebook file to the codebook', () => {
    const problems = refusal('{"format":"podscan-codebook","version":1}');
    expect(problems[0]?.code).toBe('CODED_FILE_FORMAT');
    expect(problems[0]?.message).toMatch(/codebook file/);
  });

  it('refuses a newer version and says to update Podscan', () => {
    const text = reseal(write(), (file) => {
      file.version = 2;
      file.newMember = true;
    });
    const problems = refusal(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('CODED_FILE_VERSION_NEWER');
    expect(problems[0]?.message).toMatch(/version 2.*Update Podscan/);
  });

  it('names the JSON path of each schema violation', () => {
    const text = reseal(write(), (file) => {
      const layers = file.layers as { codings: Record<string, unknown>[] }[];
      layers[0]!.codings[0]!.status = 'finished';
      (file.records as Record<string, unknown>[])[1]!.sourceRow = 'two';
    });
    const problems = refusal(text);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['CODED_FILE_SCHEMA', '/records/1/sourceRow'],
      ['CODED_FILE_SCHEMA', '/layers/0/codings/0/status'],
    ]);
    expect(problems[0]?.message).toBe(
      '/records/1/sourceRow must be integer (it is string).',
    );
  });

  it('names an unknown member', () => {
    const text = reseal(write(), (file) => {
      (file.project as Record<string, unknown>).colour = 'blue';
    });
    expect(refusal(text)[0]?.message).toBe(
      '/project/colour is not an allowed property.',
    );
  });

  it('says hashes in upper case must be written in lower case', () => {
    const upperChecksum = JSON.parse(write()) as Record<string, unknown>;
    upperChecksum.checksum = String(upperChecksum.checksum).toUpperCase();
    const upperHash = reseal(write(), (file) => {
      const records = file.records as { contentHash: string }[];
      records[2]!.contentHash = records[2]!.contentHash.toUpperCase();
    });

    const checksum = refusal(JSON.stringify(upperChecksum));
    const hash = refusal(upperHash);

    expect(checksum.map((p) => [p.code, p.path, p.message])).toEqual([
      [
        'CODED_FILE_SCHEMA',
        '/checksum',
        '/checksum is written with upper-case hex digits, but hashes in a ' +
          'coded file must be 64 lower-case hex digits (0-9, a-f). Have the ' +
          'tool that wrote this file write its hashes in lower case, then ' +
          'export the file again.',
      ],
    ]);
    expect(hash.map((p) => [p.code, p.path])).toEqual([
      ['CODED_FILE_SCHEMA', '/records/2/contentHash'],
    ]);
    expect(hash[0]?.message).toMatch(
      /^\/records\/2\/contentHash is written with upper-case hex digits/,
    );
  });

  it('keeps the schema message for a hash that is not hex', () => {
    const text = reseal(write(), (file) => {
      const records = file.records as { contentHash: string }[];
      records[0]!.contentHash = 'not-a-hash';
    });
    expect(refusal(text)[0]?.message).toBe(
      '/records/0/contentHash String does not match pattern.',
    );
  });

  it('detects a changed field through the checksum and the content hash', () => {
    const text = write().replace('Eastside YMCA Hub', 'Westside YMCA Hub');
    expect(refusal(text).map((p) => [p.code, p.path])).toEqual([
      ['CODED_FILE_CHECKSUM', '/checksum'],
      ['CODED_FILE_RECORD_HASH', '/records/0'],
    ]);
  });

  it('detects a field changed even when the checksum was redone', () => {
    const text = reseal(write(), (file) => {
      const records = file.records as { fields: Record<string, string> }[];
      records[2]!.fields.name = 'Changed';
    });
    const problems = refusal(text);
    expect(problems.map((p) => p.code)).toEqual(['CODED_FILE_RECORD_HASH']);
    expect(problems[0]?.message).toMatch(/Record "P-3"/);
  });

  it('detects a changed coding through the checksum', () => {
    const text = write().replace('"memo": "Clear."', '"memo": "Unclear."');
    expect(refusal(text).map((p) => p.code)).toEqual(['CODED_FILE_CHECKSUM']);
  });

  it('refuses repeated keys and references to missing records or coders', () => {
    const text = reseal(write(), (file) => {
      const records = file.records as { key: string }[];
      records[1]!.key = 'P-1';
      const layers = file.layers as { coderId: string }[];
      layers[1]!.coderId = asCoderId('dddddddd-0000-4000-8000-000000000009');
    });
    const problems = refusal(text);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['CODED_FILE_DUPLICATE', '/records/1/key'],
      ['CODED_FILE_REFERENCE', '/layers/0/codings/1/recordKey'],
      ['CODED_FILE_REFERENCE', '/layers/1/coderId'],
    ]);
    expect(problems[2]?.message).toBe(
      'Layer 1 belongs to coder "dddddddd-0000-4000-8000-000000000009", ' +
        'who is not in the coder list.',
    );
  });

  it('refuses a coding of a record the file lacks', () => {
    const text = reseal(write(), (file) => {
      const layers = file.layers as { codings: { recordKey: string }[] }[];
      layers[0]!.codings[0]!.recordKey = 'P-404';
      const coders = file.coders as { id: string }[];
      coders[1]!.id = coders[0]!.id;
    });
    expect(refusal(text).map((p) => [p.code, p.path])).toEqual([
      ['CODED_FILE_DUPLICATE', '/coders/1/id'],
      ['CODED_FILE_REFERENCE', '/layers/0/codings/0/recordKey'],
      ['CODED_FILE_REFERENCE', '/layers/1/coderId'],
    ]);
  });

  it('refuses a record without a field for every column', () => {
    const text = reseal(write(), (file) => {
      const records = file.records as {
        fields: Record<string, string>;
        contentHash: string;
      }[];
      const fields = { id: 'P-1', name: 'Hub', extra: 'x' };
      records[0]!.fields = fields;
      records[0]!.contentHash = hashRecordFields(fields);
    });
    const problems = refusal(text);
    expect(problems.map((p) => p.code)).toEqual(['CODED_FILE_FIELDS']);
    expect(problems[0]?.message).toBe(
      'Record "P-1" lacks "notes" and has unknown "extra"; every record ' +
        'needs exactly one field per project column.',
    );
  });
});

describe('computeSeal', () => {
  it('gives the checksum and content hashes computed one by one', () => {
    const file = JSON.parse(write()) as CodedFile;
    const seal = computeSeal(file);

    expect(seal.checksum).toBe(computeChecksum(file));
    expect(seal.checksum).toBe(file.checksum);
    expect(seal.contentHashes).toEqual(
      file.records.map((record) => hashRecordFields(record.fields)),
    );
  });
});

describe('isCodedFile', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('knows a coded file by its name or by its format member', () => {
    const text = write();

    expect(isCodedFile('pods.podscan.json', encode('id,name\n'))).toBe(true);
    expect(isCodedFile('pods.json', encode(text))).toBe(true);
    expect(isCodedFile('pods.json', encode(`\uFEFF  ${text}`))).toBe(true);
  });

  it('knows a cut-off or damaged one that names the format', () => {
    const text = write();

    expect(isCodedFile('cut.json', encode(text.slice(0, 200)))).toBe(true);
    expect(isCodedFile('broken.json', encode(text.replace(',', '')))).toBe(
      true,
    );
  });

  it('leaves other JSON and text to the scan import', () => {
    expect(isCodedFile('notes.json', encode('{"format":1}'))).toBe(false);
    expect(isCodedFile('cut.json', encode('{"format": "other'))).toBe(false);
    expect(
      isCodedFile('pods.csv', encode('note\n"format":"podscan-coded-file"\n')),
    ).toBe(false);
  });
});
