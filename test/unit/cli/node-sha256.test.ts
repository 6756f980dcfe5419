import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { installNodeSha256 } from '../../../src/cli/node-sha256';
import {
  hashRecordFields,
  readCodedFile,
  setSha256,
  sha256Hex,
  writeCodedFile,
  type CodedFile,
} from '../../../src/core/exchange';
import { computeSeal } from '../../../src/core/exchange/write-coded-file';
import {
  makeRecord,
  makeSnapshot,
  T2,
} from '../core/exchange/snapshot-builder';

afterEach(() => {
  setSha256(null);
});

/** What `hash` gives with the JavaScript SHA-256, then with the native. */
function hashBoth<T>(hash: () => T): { javascript: T; native: T } {
  setSha256(null);
  const javascript = hash();
  installNodeSha256();
  const native = hash();
  setSha256(null);
  return { javascript, native };
}

const LONG = 70 * 1024;

const TEXTS = [
  '',
  'abc',
  'Größe, garçon, 東京, Ελλάδα, عربى',
  'emoji \u{1F600} and \u{1D11E}',
  'lone high \uD800 here',
  'lone low \uDC00 here',
  'reversed \uDE00\uD83D pair',
  '\uD83D',
  // Long texts are hashed in pieces of 256 KiB: a surrogate pair and a
  // lone surrogate fall on piece boundaries, and a shorter text follows
  // a longer one, so a stale tail of the buffer would show.
  `x${'\u{1F600}'.repeat(200_000)}`,
  `xx${'\uD800'.repeat(100_000)}`,
  'é\u{1F600}\uD800x'.repeat(60_000),
  `${'plain '.repeat(LONG / 6)}\uDFFF`,
];

describe('installNodeSha256', () => {
  it('gives the JavaScript digests for ASCII, non-Latin, astral and lone surrogates', () => {
    for (const text of TEXTS) {
      const { javascript, native } = hashBoth(() => sha256Hex(text));
      expect(native).toBe(javascript);
      expect(native).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('encodes a lone surrogate as U+FFFD, as TextEncoder does', () => {
    installNodeSha256();
    expect(sha256Hex('a\uD800b')).toBe(sha256Hex('a\uFFFDb'));
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives the JavaScript digests for any text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 200 });
    fc.assert(
      fc.property(text, (value) => {
        const { javascript, native } = hashBoth(() => sha256Hex(value));
        expect(native).toBe(javascript);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same record hashes and seal as the JavaScript SHA-256', () => {
    const records = [
      makeRecord('P-1', 'Größe Hub \u{1F600}', 'notes\n"quoted"', 1),
      makeRecord('P-2', '東京 Pod', 'x'.repeat(LONG), 2),
      makeRecord('P-3', 'Lone \uD800', '', 3),
    ];
    const written = writeCodedFile(makeSnapshot({ records }), {
      exportedAt: T2,
      exportedBy: 'Ana',
    });
    if (!written.ok) throw new Error('not written');
    const file = JSON.parse(written.value) as CodedFile;

    const fields = hashBoth(() =>
      file.records.map((record) => hashRecordFields(record.fields)),
    );
    const seal = hashBoth(() => computeSeal(file));

    expect(fields.native).toEqual(fields.javascript);
    expect(fields.native).toEqual(
      file.records.map((record) => record.contentHash),
    );
    expect(seal.native).toEqual(seal.javascript);
    expect(seal.native.checksum).toBe(file.checksum);
  });

  it('reads a file written with the JavaScript SHA-256', () => {
    const written = writeCodedFile(makeSnapshot(), {
      exportedAt: T2,
      exportedBy: 'Ana',
    });
    if (!written.ok) throw new Error('not written');

    installNodeSha256();
    const read = readCodedFile(written.value);

    expect(read.ok).toBe(true);
    expect(read.ok && read.value.snapshot.records.length).toBe(3);
  });
});
