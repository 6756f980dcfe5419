import { asCodeId, type CodeId } from '../model/ids';
import { codebookNote } from './change';
import { unpackDescription } from './description';
import { toGuidKey } from './fields';
import {
  readColor,
  readIsCodable,
  readName,
  readShortcut,
} from './qdc-read-fields';
import {
  assignMissingColors,
  claimGuid,
  type DraftCode,
  type GuidClaims,
} from './import-repairs';
import {
  asCodeSetId,
  type Code,
  type CodebookContext,
  type CodebookProblem,
  type CodeSet,
} from './types';
import { childElements, textOf, type XmlElement } from './xml';

export type QdcReader = {
  readonly context: CodebookContext;
  readonly fixes: CodebookProblem[];
};

export type QdcCodes = {
  readonly codes: readonly Code[];
  /** GUID as written (lower-case, unbraced) → the GUID the code got. */
  readonly idsByWritten: ReadonlyMap<string, CodeId>;
};

/** Reads the nested `Code` elements under `Codes`, repairing as it goes. */
export function readQdcCodes(
  codebook: XmlElement,
  reader: QdcReader,
): QdcCodes {
  const codesElement = childElements(codebook, 'Codes')[0];
  const state: CodeState = {
    reader,
    claims: {
      taken: new Set(),
      newId: reader.context.newId,
      fixes: reader.fixes,
    },
    codes: [],
    idsByWritten: new Map(),
    shortcuts: new Set(),
  };
  if (codesElement === undefined) {
    reader.fixes.push(
      codebookNote(
        'QDC_CODES_MISSING',
        'The file has no <Codes> element; the codebook is empty.',
        'warning',
      ),
    );
    return { codes: [], idsByWritten: state.idsByWritten };
  }
  const topLevel = childElements(codesElement, 'Code');
  if (topLevel.length === 0) {
    reader.fixes.push(
      codebookNote(
        'QDC_CODES_EMPTY',
        'The <Codes> element holds no code (REFI-QDA expects at least one); ' +
          'the codebook is empty.',
        'warning',
      ),
    );
  }
  topLevel.forEach((element, order) => readCode(element, null, order, state));
  return {
    codes: assignMissingColors(state.codes, reader.fixes),
    idsByWritten: state.idsByWritten,
  };
}

/** Reads `Sets`; members must name codes read before. */
export function readQdcSets(
  codebook: XmlElement,
  read: QdcCodes,
  reader: QdcReader,
): CodeSet[] {
  const setsElement = childElements(codebook, 'Sets')[0];
  if (setsElement === undefined) return [];

  const setElements = childElements(setsElement, 'Set');
  if (setElements.length === 0) {
    reader.fixes.push(
      codebookNote(
        'QDC_SETS_EMPTY',
        'The <Sets> element holds no set (REFI-QDA expects at least one); ' +
          'it was ignored.',
        'warning',
      ),
    );
  }
  const claims: GuidClaims = {
    taken: new Set(),
    newId: reader.context.newId,
    fixes: reader.fixes,
  };
  return setElements.map((element, index) =>
    readSet(element, index, read, claims),
  );
}

type CodeState = {
  readonly reader: QdcReader;
  readonly claims: GuidClaims;
  readonly codes: DraftCode[];
  readonly idsByWritten: Map<string, CodeId>;
  readonly shortcuts: Set<string>;
};

function readCode(
  element: XmlElement,
  parentId: CodeId | null,
  order: number,
  state: CodeState,
): void {
  const fixes = state.reader.fixes;
  const name = readName(element.attributes.name, 'code', order, fixes);
  const label = `Code "${name}"`;
  const written = element.attributes.guid;
  const id = asCodeId(claimGuid(written, label, state.claims));
  rememberWritten(state.idsByWritten, written, id);

  const description = childElements(element, 'Description')[0];
  const parts = unpackDescription(description ? textOf(description) : '');
  state.codes.push({
    id,
    name,
    parentId,
    definition: parts.definition,
    include: parts.include,
    exclude: parts.exclude,
    example: parts.example,
    color: readColor(element.attributes.color, label, id, fixes),
    shortcut: readShortcut(parts.shortcut, label, id, state.shortcuts, fixes),
    isCodable: readIsCodable(element.attributes.isCodable, label, id, fixes),
    retired: parts.retired,
    order,
  });
  childElements(element, 'Code').forEach((child, index) =>
    readCode(child, id, index, state),
  );
}

function readSet(
  element: XmlElement,
  index: number,
  read: QdcCodes,
  claims: GuidClaims,
): CodeSet {
  const name = readName(element.attributes.name, 'set', index, claims.fixes);
  const label = `Set "${name}"`;
  const id = asCodeSetId(claimGuid(element.attributes.guid, label, claims));
  const description = childElements(element, 'Description')[0];
  const codeIds: CodeId[] = [];
  for (const member of childElements(element, 'MemberCode')) {
    const written = member.attributes.guid ?? '';
    const codeId = read.idsByWritten.get(toGuidKey(written));
    if (codeId === undefined) {
      claims.fixes.push(
        codebookNote(
          'QDC_MEMBER_UNKNOWN',
          `${label} lists code "${written}", which is not in the file; ` +
            'that member was dropped.',
          'warning',
        ),
      );
    } else if (!codeIds.includes(codeId)) {
      codeIds.push(codeId);
    }
  }
  return {
    id,
    name,
    description: description ? textOf(description) : '',
    codeIds,
  };
}

function rememberWritten(
  ids: Map<string, CodeId>,
  written: string | undefined,
  id: CodeId,
): void {
  const key = toGuidKey(written ?? '');
  if (key !== '' && !ids.has(key)) ids.set(key, id);
}
