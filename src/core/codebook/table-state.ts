import { asCodeId, type CodeId } from '../model/ids';
import { codebookNote } from './change';
import {
  claimNewGuid,
  type DraftCode,
  type GuidClaims,
} from './import-repairs';
import type { ColumnMap } from './table-columns';
import type { CodebookContext, CodebookProblem, CodeSetId } from './types';

/** One non-blank data row; `row` 1 is the first data row. */
export type Entry = { readonly row: number; readonly cells: readonly string[] };

/** A set being read; its members grow as code rows name it. */
export type TableSet = {
  readonly id: CodeSetId;
  readonly name: string;
  readonly description: string;
  readonly codeIds: CodeId[];
};

export type TableState = {
  readonly columns: ColumnMap;
  readonly problems: CodebookProblem[];
  readonly claims: GuidClaims;
  readonly codes: DraftCode[];
  /** Row that defined each code; absent for created grouping codes. */
  readonly definedAt: Map<CodeId, number>;
  /** Row that first named each code, as itself or as an ancestor. */
  readonly firstRow: Map<CodeId, number>;
  readonly shortcuts: Set<string>;
  /** Every set, set rows first, then sets only named by code rows. */
  readonly sets: TableSet[];
  /** The first set of each lower-case name. */
  readonly setsByName: Map<string, TableSet>;
  /** Sets given by a set row, by lower-case GUID. */
  readonly setsByGuid: Map<string, TableSet>;
  /** Set GUIDs are claimed apart from code GUIDs, as in `.qdc`. */
  readonly setClaims: GuidClaims;
  readonly context: CodebookContext;
};

export function newState(
  columns: ColumnMap,
  problems: CodebookProblem[],
  context: CodebookContext,
): TableState {
  return {
    columns,
    problems,
    claims: { taken: new Set(), newId: context.newId, fixes: problems },
    codes: [],
    definedAt: new Map(),
    firstRow: new Map(),
    shortcuts: new Set(),
    sets: [],
    setsByName: new Map(),
    setsByGuid: new Map(),
    setClaims: { taken: new Set(), newId: context.newId, fixes: problems },
    context,
  };
}

/** The child `name` of `parentId`, created as a grouping code if absent. */
export function ensureGroup(
  parentId: CodeId | null,
  name: string,
  row: number,
  state: TableState,
  isReported = true,
): CodeId {
  const existing = findChild(state, parentId, name);
  if (existing !== undefined) return existing.id;

  const id = asCodeId(claimNewGuid(state.claims));
  state.codes.push(emptyDraft(id, name, parentId, state));
  state.firstRow.set(id, row);
  if (isReported) {
    state.problems.push({
      ...codebookNote(
        'TABLE_GROUP_CREATED',
        `"${name}" has no row of its own; it was added as a grouping code.`,
        'info',
        id,
      ),
      row,
    });
  }
  return id;
}

/**
 * Siblings in the order the table first names them, whichever pass placed
 * them: a row that waited for its parent keeps its place.
 */
export function orderByFirstRow(state: TableState): DraftCode[] {
  const rowOf = (code: DraftCode): number => state.firstRow.get(code.id) ?? 0;
  const orderOf = new Map<CodeId, number>();
  for (const parentId of new Set(state.codes.map((code) => code.parentId))) {
    state.codes
      .filter((code) => code.parentId === parentId)
      .sort((a, b) => rowOf(a) - rowOf(b) || a.order - b.order)
      .forEach((code, order) => orderOf.set(code.id, order));
  }
  return state.codes.map((code) => ({
    ...code,
    order: orderOf.get(code.id) ?? code.order,
  }));
}

export function emptyDraft(
  id: CodeId,
  name: string,
  parentId: CodeId | null,
  state: TableState,
): DraftCode {
  return {
    id,
    name,
    parentId,
    definition: '',
    include: '',
    exclude: '',
    example: '',
    color: null,
    shortcut: null,
    isCodable: false,
    retired: false,
    order: state.codes.filter((code) => code.parentId === parentId).length,
  };
}

export function findChild(
  state: TableState,
  parentId: CodeId | null,
  name: string,
): DraftCode | undefined {
  return state.codes.find(
    (code) => code.parentId === parentId && sameName(code.name, name),
  );
}

export function repointChildren(
  state: TableState,
  from: CodeId,
  to: CodeId,
): void {
  state.codes.forEach((code, index) => {
    if (code.parentId === from) state.codes[index] = { ...code, parentId: to };
  });
  for (const set of state.sets) {
    set.codeIds.forEach((id, index) => {
      if (id === from) set.codeIds[index] = to;
    });
  }
}

export function rowError(
  state: TableState,
  row: number,
  code: string,
  message: string,
): void {
  state.problems.push({ ...codebookNote(code, message, 'error'), row });
}

/**
 * The names in an `A>B>C` path, trimmed. `\>` is a `>` inside a name and
 * `\\` a backslash; any other backslash is kept as written.
 */
export function splitPath(path: string): string[] {
  const segments: string[] = [];
  let segment = '';
  for (let index = 0; index < path.length; index += 1) {
    const char = path[index]!;
    const next = path[index + 1];
    if (char === '\\' && (next === '>' || next === '\\')) {
      segment += next;
      index += 1;
    } else if (char === '>') {
      segments.push(segment);
      segment = '';
    } else {
      segment += char;
    }
  }
  segments.push(segment);
  return segments.map((each) => each.trim().normalize('NFC'));
}

/**
 * A name as one part of a path that `splitPath` reads back: `>` becomes
 * `\>`, and a backslash before `>`, another backslash or the end of the
 * name is doubled. Other backslashes stay single, so most names read as
 * they are.
 */
export function escapePathSegment(name: string): string {
  return name.replace(/\\(?=[\\>]|$)/g, '\\\\').replace(/>/g, '\\>');
}

export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
