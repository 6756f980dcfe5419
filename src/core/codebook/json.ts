import { capProblems } from '../model/capped-problems';
import type { CodeId } from '../model/ids';
import { fail, ok, type Result } from '../model/problem';
import {
  compileSchema,
  type SchemaCheck,
  type SchemaViolation,
} from '../validation/json-schema';
import { codeProblem } from './change';
import { normaliseColor, toGuidKey } from './fields';
import { describeCodebookViolation } from './json-messages';
import {
  CODEBOOK_FILE_FORMAT,
  CODEBOOK_FILE_SCHEMA,
  CODEBOOK_FILE_VERSION,
} from './json-schema';
import { sortCodesInTreeOrder } from './tree';
import type {
  Code,
  Codebook,
  CodebookProblem,
  CodebookRead,
  CodeSet,
} from './types';
import { validateCodebook } from './validate';

/**
 * The codebook as a Podscan codebook file: `{ "format":
 * "podscan-codebook", "version": 1, "codebook": … }`, two-space indented,
 * keys in a fixed order, codes in tree order, ending with a newline.
 */
export function serializeCodebookJson(codebook: Codebook): string {
  const file = {
    format: CODEBOOK_FILE_FORMAT,
    version: CODEBOOK_FILE_VERSION,
    codebook: {
      version: codebook.version,
      codes: sortCodesInTreeOrder(codebook.codes).map(orderCodeKeys),
      sets: codebook.sets.map(orderSetKeys),
      aliases: Object.fromEntries(
        Object.entries(codebook.aliases).sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0,
        ),
      ),
      history: codebook.history,
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a Podscan codebook file: checks it against the JSON Schema, then
 * with `validateCodebook` (after normaliseCodebook). Fails with the
 * problems found; when the schema is broken, they include what
 * `validateCodebook` finds in the codes and sets the schema accepts (see
 * checkUsableParts). Warnings of a usable codebook come back in
 * `problems`. Past 20 of one code, a summary counts the rest in its
 * `unlisted` (see capProblems).
 */
export function parseCodebookJson(
  text: string,
): Result<CodebookRead, readonly CodebookProblem[]> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([
      codeProblem(
        'CODEBOOK_JSON_INVALID',
        `The file is not valid JSON (${reason}); check it was saved whole.`,
      ),
    ]);
  }
  const header = checkHeader(data);
  if (header !== null) return fail([header]);

  const violations = getSchemaCheck()(data);
  if (violations.length > 0) {
    return fail(
      capProblems([
        ...listSchemaErrors(violations, data),
        ...checkUsableParts(data, violations),
      ]),
    );
  }

  const codebook = normaliseCodebook((data as { codebook: Codebook }).codebook);
  const problems = capProblems(validateCodebook(codebook));
  if (problems.some((problem) => problem.severity === 'error')) {
    return fail(problems);
  }
  return ok({
    codebook: { ...codebook, codes: sortCodesInTreeOrder(codebook.codes) },
    problems,
  });
}

let schemaCheck: SchemaCheck | null = null;

function getSchemaCheck(): SchemaCheck {
  schemaCheck ??= compileSchema(CODEBOOK_FILE_SCHEMA);
  return schemaCheck;
}

/** Format and version first, so a wrong file gets one clear message. */
function checkHeader(data: unknown): CodebookProblem | null {
  const header =
    typeof data === 'object' && data !== null
      ? (data as Record<string, unknown>)
      : {};
  if (header.format !== CODEBOOK_FILE_FORMAT) {
    return codeProblem(
      'CODEBOOK_JSON_FORMAT',
      `This is not a Podscan codebook file (expected "format": ` +
        `"${CODEBOOK_FILE_FORMAT}").`,
    );
  }
  if (header.version !== CODEBOOK_FILE_VERSION) {
    return codeProblem(
      'CODEBOOK_JSON_VERSION',
      `This codebook file has format version ${String(header.version)}; ` +
        `this Podscan reads version ${CODEBOOK_FILE_VERSION}. Update Podscan ` +
        'or export the codebook again.',
    );
  }
  return null;
}

/** Each violation in words, once: the schema may report one twice. */
function listSchemaErrors(
  violations: readonly SchemaViolation[],
  data: unknown,
): CodebookProblem[] {
  const messages = new Set<string>();
  for (const violation of violations) {
    const message = describeCodebookViolation(violation, data);
    if (message !== null) messages.add(message);
  }
  return [...messages].map((message) =>
    codeProblem('CODEBOOK_JSON_SCHEMA', message),
  );
}

/**
 * The codebook in its stored form. Colours may be written in lower-case
 * hex; Podscan stores upper case. A parent, set member or alias target
 * may spell a code's GUID in another letter case; it is spelt as the
 * code's own GUID, as the .qdc import matches members, so the checks and
 * every later lookup find the code.
 */
function normaliseCodebook(codebook: Codebook): Codebook {
  const ids = new Map<string, CodeId>();
  for (const { id } of codebook.codes) {
    const key = toGuidKey(id);
    if (!ids.has(key)) ids.set(key, id);
  }
  const spell = (id: CodeId): CodeId => ids.get(toGuidKey(id)) ?? id;
  return {
    ...codebook,
    codes: codebook.codes.map((code) => ({
      ...code,
      parentId: code.parentId === null ? null : spell(code.parentId),
      color: normaliseColor(code.color) ?? code.color,
    })),
    sets: codebook.sets.map((set) => ({
      ...set,
      codeIds: [...new Set(set.codeIds.map(spell))],
    })),
    aliases: Object.fromEntries(
      Object.entries(codebook.aliases).map(([from, to]) => [from, spell(to)]),
    ),
  };
}

/** Problems that may come only of codes, sets or aliases left out. */
const NEEDS_EVERY_PART = new Set([
  'CODE_PARENT_MISSING',
  'SET_MEMBER_MISSING',
  'ALIAS_TARGET_MISSING',
]);

/**
 * What `validateCodebook` finds (cycles, repeated GUIDs, reserved or
 * repeated shortcuts…) among the codes and sets that break no schema
 * rule, so one run lists them with the schema errors. A part the schema
 * rejects is left out, and then so are the checks that could blame its
 * absence on the rest (a parent, set member or alias target "missing").
 * Nothing when the codes or sets are not lists.
 */
function checkUsableParts(
  data: unknown,
  violations: readonly SchemaViolation[],
): CodebookProblem[] {
  const book = objectOf(objectOf(data).codebook);
  const { codes, sets } = book;
  if (!Array.isArray(codes) || !Array.isArray(sets)) return [];

  const isBroken = (path: string) =>
    violations.some(
      (violation) =>
        violation.path === path || violation.path.startsWith(`${path}/`),
    );
  const usableCodes = codes.filter((_, i) => !isBroken(`/codebook/codes/${i}`));
  const usableSets = sets.filter((_, i) => !isBroken(`/codebook/sets/${i}`));
  const hasAliases =
    !isBroken('/codebook/aliases') && book.aliases !== undefined;
  const isWhole =
    hasAliases &&
    usableCodes.length === codes.length &&
    usableSets.length === sets.length;
  const usable = {
    // The schema has reported a bad version; 1 keeps it from twice.
    version: 1,
    codes: usableCodes,
    sets: usableSets,
    aliases: hasAliases ? book.aliases : {},
    history: [],
  } as unknown as Codebook;
  return validateCodebook(normaliseCodebook(usable)).filter(
    (problem) => isWhole || !NEEDS_EVERY_PART.has(problem.code),
  );
}

function objectOf(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function orderCodeKeys(code: Code): Code {
  return {
    id: code.id,
    name: code.name,
    parentId: code.parentId,
    definition: code.definition,
    include: code.include,
    exclude: code.exclude,
    example: code.example,
    color: code.color,
    shortcut: code.shortcut,
    isCodable: code.isCodable,
    retired: code.retired,
    order: code.order,
  };
}

function orderSetKeys(set: CodeSet): CodeSet {
  return {
    id: set.id,
    name: set.name,
    description: set.description,
    codeIds: set.codeIds,
  };
}
