import type { CodeId } from '../model/ids';
import { checkShortcut, isGuid, isStoredColor } from './fields';
import type { Code, Codebook, CodebookProblem, CodeSet } from './types';

/**
 * Every problem that makes a codebook unsafe to code with or to exchange:
 * GUID format and uniqueness, parents that exist, no cycles, `#RRGGBB`
 * colours, unique unreserved shortcuts, set members that exist, non-empty
 * names, aliases that lead to a code. Duplicate names among siblings are
 * warnings. An empty list means the codebook is valid.
 */
export function validateCodebook(codebook: Codebook): CodebookProblem[] {
  return [
    ...checkVersion(codebook),
    ...codebook.codes.flatMap(checkCodeFields),
    ...checkCodeIds(codebook.codes),
    ...checkParents(codebook.codes),
    ...checkShortcuts(codebook.codes),
    ...checkSiblingNames(codebook.codes),
    ...checkSets(codebook),
    ...checkAliases(codebook),
  ];
}

/** True when no problem blocks use of the codebook. */
export function isCodebookValid(codebook: Codebook): boolean {
  return validateCodebook(codebook).every((p) => p.severity !== 'error');
}

function checkVersion(codebook: Codebook): CodebookProblem[] {
  const isValid = Number.isInteger(codebook.version) && codebook.version >= 1;
  return isValid
    ? []
    : [
        problem(
          'CODEBOOK_VERSION_INVALID',
          `The codebook version must be a whole number from 1; it is ` +
            `${codebook.version}.`,
        ),
      ];
}

function checkCodeFields(code: Code): CodebookProblem[] {
  const label = describeCode(code);
  const found: CodebookProblem[] = [];
  if (!isGuid(code.id)) {
    found.push(
      problem('CODE_ID_INVALID', `${label}: "${code.id}" is not a GUID.`, code),
    );
  }
  if (code.name.trim() === '') {
    found.push(problem('CODE_NAME_EMPTY', `${label} has no name.`, code));
  }
  if (!isStoredColor(code.color)) {
    found.push(
      problem(
        'CODE_COLOR_INVALID',
        `${label}: colour "${code.color}" is not #RRGGBB in upper-case ` +
          'hex digits, e.g. #1F77B4.',
        code,
      ),
    );
  }
  if (!Number.isInteger(code.order) || code.order < 0) {
    found.push(
      problem(
        'CODE_ORDER_INVALID',
        `${label}: order ${code.order} is not a position (0, 1, 2…).`,
        code,
      ),
    );
  }
  return found;
}

function checkCodeIds(codes: readonly Code[]): CodebookProblem[] {
  const seen = new Set<string>();
  return codes.flatMap((code) => {
    const key = code.id.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [
      problem(
        'CODE_ID_DUPLICATE',
        `${describeCode(code)}: GUID ${code.id} is used by another code.`,
        code,
      ),
    ];
  });
}

function checkParents(codes: readonly Code[]): CodebookProblem[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  return codes.flatMap((code) => {
    if (code.parentId === null) return [];

    if (!byId.has(code.parentId)) {
      return [
        problem(
          'CODE_PARENT_MISSING',
          `${describeCode(code)}: parent ${code.parentId} does not exist.`,
          code,
        ),
      ];
    }
    return isInCycle(code, byId)
      ? [
          problem(
            'CODE_CYCLE',
            `${describeCode(code)} is its own ancestor; move it to a ` +
              'parent outside its branch.',
            code,
          ),
        ]
      : [];
  });
}

function isInCycle(code: Code, byId: ReadonlyMap<CodeId, Code>): boolean {
  const seen = new Set<CodeId>();
  let current: Code | undefined = code;
  while (current !== undefined && current.parentId !== null) {
    if (current.parentId === code.id) return true;
    // A cycle further up is reported for the codes that form it.
    if (seen.has(current.id)) return false;

    seen.add(current.id);
    current = byId.get(current.parentId);
  }
  return false;
}

function checkShortcuts(codes: readonly Code[]): CodebookProblem[] {
  const owners = new Map<string, Code>();
  return codes.flatMap((code) => {
    if (code.shortcut === null) return [];

    const label = describeCode(code);
    const check = checkShortcut(code.shortcut);
    if (!check.ok || check.key !== code.shortcut) {
      const isReserved = !check.ok && check.reason === 'reserved';
      return [
        problem(
          isReserved ? 'CODE_SHORTCUT_RESERVED' : 'CODE_SHORTCUT_INVALID',
          isReserved
            ? `${label}: key "${code.shortcut}" is used by the coding loop.`
            : `${label}: shortcut "${code.shortcut}" is not one ` +
                'lower-case key.',
          code,
        ),
      ];
    }
    const owner = owners.get(code.shortcut);
    if (owner === undefined) {
      owners.set(code.shortcut, code);
      return [];
    }
    return [
      problem(
        'CODE_SHORTCUT_DUPLICATE',
        `${label}: key "${code.shortcut}" also belongs to ` +
          `${describeCode(owner)}.`,
        code,
      ),
    ];
  });
}

function checkSiblingNames(codes: readonly Code[]): CodebookProblem[] {
  const seen = new Set<string>();
  return codes.flatMap((code) => {
    const key = `${code.parentId ?? ''}\u0000${code.name.trim().toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [
      {
        ...problem(
          'CODE_NAME_DUPLICATE',
          `${describeCode(code)}: another code with this name has the ` +
            'same parent; rename one so coders can tell them apart.',
          code,
        ),
        severity: 'warning' as const,
      },
    ];
  });
}

function checkSets(codebook: Codebook): CodebookProblem[] {
  const codeIds = new Set<string>(codebook.codes.map((code) => code.id));
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  return codebook.sets.flatMap((set) => {
    const found = checkSet(set, codeIds);
    if (seenIds.has(set.id.toLowerCase())) {
      found.push(
        problem(
          'SET_ID_DUPLICATE',
          `${describeSet(set)}: GUID ${set.id} is used by another set.`,
        ),
      );
    }
    const name = set.name.trim().toLowerCase();
    if (name !== '' && seenNames.has(name)) {
      found.push({
        ...problem(
          'SET_NAME_DUPLICATE',
          `${describeSet(set)}: another set has the same name.`,
        ),
        severity: 'warning',
      });
    }
    seenIds.add(set.id.toLowerCase());
    seenNames.add(name);
    return found;
  });
}

function checkSet(
  set: CodeSet,
  codeIds: ReadonlySet<string>,
): CodebookProblem[] {
  const label = describeSet(set);
  const found: CodebookProblem[] = [];
  if (!isGuid(set.id)) {
    found.push(
      problem('SET_ID_INVALID', `${label}: "${set.id}" is not a GUID.`),
    );
  }
  if (set.name.trim() === '') {
    found.push(problem('SET_NAME_EMPTY', `${label} has no name.`));
  }
  for (const id of set.codeIds) {
    if (!codeIds.has(id)) {
      found.push(
        problem(
          'SET_MEMBER_MISSING',
          `${label} lists code ${id}, which does not exist.`,
        ),
      );
    }
  }
  return found;
}

function checkAliases(codebook: Codebook): CodebookProblem[] {
  const codeIds = new Set<string>(codebook.codes.map((code) => code.id));
  return Object.entries(codebook.aliases).flatMap(([source, target]) => {
    if (codeIds.has(source)) {
      return [
        problem(
          'ALIAS_SOURCE_ACTIVE',
          `Code ${source} is listed as merged away but is still in the ` +
            'codebook.',
        ),
      ];
    }
    return codeIds.has(target)
      ? []
      : [
          problem(
            'ALIAS_TARGET_MISSING',
            `Merged code ${source} points to ${target}, which does not exist.`,
          ),
        ];
  });
}

function describeCode(code: Code): string {
  return code.name.trim() === '' ? `Code ${code.id}` : `Code "${code.name}"`;
}

function describeSet(set: CodeSet): string {
  return set.name.trim() === '' ? `Set ${set.id}` : `Set "${set.name}"`;
}

function problem(code: string, message: string, about?: Code): CodebookProblem {
  const base: CodebookProblem = {
    row: null,
    column: null,
    code,
    message,
    severity: 'error',
  };
  return about === undefined ? base : { ...base, codeId: about.id };
}
