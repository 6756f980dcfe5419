import type { CodeId } from '../model/ids';
import { fail, ok, type Result } from '../model/problem';
import { codeProblem } from './change';
import { checkShortcut, normaliseColor } from './fields';
import type {
  Code,
  CodebookProblem,
  CodeFieldChange,
  EditableCodeField,
} from './types';
import { EDITABLE_CODE_FIELDS } from './types';

export type CodePatch = Partial<Pick<Code, EditableCodeField>>;

/**
 * Checks and normalises the fields a user typed for code `codeId` (null
 * for a new code): a non-empty name, a hex colour stored as `#RRGGBB`, a
 * free, unreserved one-key shortcut stored lower-case.
 */
export function normaliseCodePatch(
  codes: readonly Code[],
  codeId: CodeId | null,
  patch: CodePatch,
): Result<CodePatch, CodebookProblem> {
  const normalised: { -readonly [K in keyof CodePatch]: CodePatch[K] } = {
    ...patch,
  };
  const at = codeId ?? undefined;
  if (patch.name !== undefined) {
    normalised.name = patch.name.trim();
    if (normalised.name === '') {
      return fail(
        codeProblem('CODE_NAME_EMPTY', 'A code needs a name.', at, 'name'),
      );
    }
  }
  if (patch.color !== undefined) {
    const color = normaliseColor(patch.color);
    if (color === null) return fail(colorProblem(patch.color, at));

    normalised.color = color;
  }
  if (patch.shortcut !== undefined) {
    const shortcut = checkFreeShortcut(codes, codeId, patch.shortcut);
    if (!shortcut.ok) return shortcut;

    normalised.shortcut = shortcut.value;
  }
  return ok(normalised);
}

/** The fields of `patch` that differ from `code`, in field order. */
export function listFieldChanges(
  code: Code,
  patch: CodePatch,
): CodeFieldChange[] {
  return EDITABLE_CODE_FIELDS.flatMap((field) => {
    const after = patch[field];
    const before = code[field];
    return after === undefined || after === before
      ? []
      : [{ field, before, after }];
  });
}

function checkFreeShortcut(
  codes: readonly Code[],
  codeId: CodeId | null,
  value: string | null,
): Result<string | null, CodebookProblem> {
  const at = codeId ?? undefined;
  const check = checkShortcut(value);
  if (!check.ok) {
    const message =
      check.reason === 'reserved'
        ? `The key "${value}" is used by the coding loop (J, K, D, F and ` +
          '1–9); choose another key.'
        : `A shortcut is one key; "${value}" is not. Type a single letter, ` +
          'digit or symbol, or leave it empty.';
    const code =
      check.reason === 'reserved'
        ? 'CODE_SHORTCUT_RESERVED'
        : 'CODE_SHORTCUT_INVALID';
    return fail(codeProblem(code, message, at, 'shortcut'));
  }

  const owner = codes.find(
    (code) =>
      check.key !== null && code.shortcut === check.key && code.id !== codeId,
  );
  if (owner !== undefined) {
    return fail(
      codeProblem(
        'CODE_SHORTCUT_DUPLICATE',
        `The key "${check.key}" already belongs to "${owner.name}"; clear ` +
          'it there first or choose another key.',
        at,
        'shortcut',
      ),
    );
  }
  return ok(check.key);
}

function colorProblem(value: string, at: CodeId | undefined): CodebookProblem {
  return codeProblem(
    'CODE_COLOR_INVALID',
    `"${value}" is not a colour; use #RRGGBB, for example #1F77B4.`,
    at,
    'color',
  );
}
