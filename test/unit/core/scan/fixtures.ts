import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../../../src/core/model/problem';
import { parseScan, type ParsedScan } from '../../../../src/core/scan';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/scan');

/** Bytes of a file in test/fixtures/scan. */
export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** Parses a fixture as the import does. */
export function parseFixture(name: string): ParsedScan {
  return parseScan(readFixture(name));
}

/** Problems reduced to what tests compare: [code, row, column]. */
export function problemCodes(
  problems: readonly Problem[],
): [string, number | null, string | null][] {
  return problems.map((problem) => [problem.code, problem.row, problem.column]);
}

/** Column keys and labels, without inferred types. */
export function columnNames(parsed: ParsedScan): [string, string][] {
  return parsed.columns.map((column) => [column.key, column.label]);
}
