import schema from '../../../docs/podscan-coded-file.schema.json';
import {
  compileSchema,
  type SchemaCheck,
  type SchemaViolation,
} from '../validation/json-schema';
import isCodedFileShape from './coded-file-validator.generated.js';
import type { CodedFileProblem } from './coded-file-types';
import { createProblemList } from './problem-list';

/** The coded-file JSON Schema (draft 2020-12), as kept in docs/. */
export const CODED_FILE_SCHEMA: Readonly<Record<string, unknown>> = schema;

/**
 * Checks parsed JSON against the coded-file schema. Returns one problem
 * per offending value, each naming its JSON Pointer, or none; past 20, a
 * summary counts the rest (see CodedFileProblem).
 */
export function checkCodedFileSchema(data: unknown): CodedFileProblem[] {
  const list = createProblemList();
  for (const violation of getSchemaCheck()(data)) {
    list.add(
      'CODED_FILE_SCHEMA',
      violation.path,
      describeViolation(violation, data),
    );
  }
  return list.problems;
}

let schemaCheck: SchemaCheck | null = null;

function getSchemaCheck(): SchemaCheck {
  schemaCheck ??= compileSchema(schema, isCodedFileShape);
  return schemaCheck;
}

function describeViolation(violation: SchemaViolation, data: unknown): string {
  const where = violation.path === '' ? 'The file' : violation.path;
  return isUpperCaseHash(violation.path, data)
    ? `${where} is written with upper-case hex digits, but hashes in a ` +
        'coded file must be 64 lower-case hex digits (0-9, a-f). Have the ' +
        'tool that wrote this file write its hashes in lower case, then ' +
        'export the file again.'
    : `${where} ${violation.message}.`;
}

/**
 * A checksum or content hash that is a SHA-256 in hex with upper-case
 * letters: the schema's pattern takes lower case only (docs/coded-file.md).
 */
function isUpperCaseHash(path: string, data: unknown): boolean {
  if (!HASH_PATH.test(path)) return false;

  const value = path
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (parent, name) =>
        typeof parent === 'object' && parent !== null
          ? (parent as Record<string, unknown>)[name]
          : undefined,
      data,
    );
  return (
    typeof value === 'string' &&
    /^[0-9a-fA-F]{64}$/.test(value) &&
    /[A-F]/.test(value)
  );
}

const HASH_PATH = /^(\/checksum|\/records\/\d+\/contentHash)$/;
