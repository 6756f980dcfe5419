import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCodedFile, writeCodedFile } from '../../../../src/core/exchange';
import { arbSnapshot } from './arbitraries';
import { normaliseSnapshot, T2 } from './snapshot-builder';

// Property runs take seconds; on a busy two-core machine, more than 5.
const PROPERTY_TIMEOUT = 60_000;

describe('coded file round trip', () => {
  it(
    'reads back every project it writes, unchanged',
    () => {
      fc.assert(
        fc.property(arbSnapshot(), (snapshot) => {
          const written = writeCodedFile(snapshot, {
            exportedAt: T2,
            exportedBy: 'Ana',
          });
          if (!written.ok) return false;
          const read = readCodedFile(written.value);
          if (!read.ok) return false;
          expect(normaliseSnapshot(read.value.snapshot)).toEqual(
            normaliseSnapshot(snapshot),
          );
          return true;
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses every truncation of a written file',
    () => {
      fc.assert(
        fc.property(
          arbSnapshot(),
          fc.double({ min: 0, max: 0.999 }),
          (s, at) => {
            const written = writeCodedFile(s, {
              exportedAt: T2,
              exportedBy: 'A',
            });
            if (!written.ok) return false;
            const text = written.value.trimEnd();
            const read = readCodedFile(
              text.slice(0, Math.floor(text.length * at)),
            );
            return !read.ok;
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
