import schema from '../../../docs/podscan-coded-file.schema.json';
import {
  compileSchema,
  type SchemaCheck,
  type SchemaViolation,
} from '../validation/json-schema';
import isCodedFileShape from './coded-file-validator.generated.js';
import type { CodedFileProblem } from './coded-file-types';

/** The coded-file JSON Schema (draft 2020-12), as kept in docs/. */
export const CODED_FILE_SCHEMA: Readonly<Record<string, unknown>> = schema;

/**
 * Checks parsed JSON against the coded-file schema. Returns one problem
 * per offending value (at most 20, as the checker reports), each naming
 * its JSON Pointer, or none.
 */
export function checkCodedFileSchema(data: unknown): CodedFileProblem[] {
  return getSchemaCheck()(data).map(describeViolation);
}

let schemaCheck: SchemaCheck | null = null;

function getSchemaCheck(): SchemaCheck {
  schemaCheck ??= compileSchema(schema, isCodedFileShape);
  return schemaCheck;
}

function describeViolation(violation: SchemaViolation): CodedFileProblem {
  const where = violation.path === '' ? 'The file' : violation.path;
  return {
    row: null,
    column: null,
    code: 'CODED_FILE_SCHEMA',
    message: `${where} ${violation.message}.`,
    severity: 'error',
    path: violation.path,
  };
}
