import { packDescription } from '../codebook/description';
import { isGuid } from '../codebook/fields';
import { resolveCodeId } from '../codebook/merge';
import { buildCodeTree, type CodeTreeNode } from '../codebook/tree';
import type { Codebook, CodeSet } from '../codebook/types';
import { escapeXmlAttribute, escapeXmlText } from '../codebook/xml';
import { deriveGuid } from '../exchange/canonical';
import type { ConsensusDecision, RecordCoding } from '../model/coding';
import type { CodeId, RecordKey } from '../model/ids';
import type { Column, ScanRecord } from '../model/scan';
import type { ProjectSnapshot } from '../model/snapshot';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

const SCHEMA_LOCATION =
  'urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd';

/** A record's text file inside the .qdpx, and the source that names it. */
export type QdeSource = {
  readonly guid: string;
  readonly record: ScanRecord;
  /** Zip path, `Sources/<guid>.txt`. */
  readonly path: string;
};

/** Text the XML is built from; `clean` makes any text XML-safe. */
export type QdeInput = {
  readonly snapshot: ProjectSnapshot;
  readonly sources: readonly QdeSource[];
  readonly exportedAt: string;
  readonly clean: (text: string) => string;
};

/**
 * project.qde (REFI-QDA project 1.0): users (one per coder, plus
 * "Consensus" when there are decisions), the codebook, one Text variable
 * per scan column, one TextSource per record with its fields as variable
 * values, a whole-source Coding per applied code carrying the coder as
 * `creatingUser`, memos as notes, and the sets. Elements follow the
 * schema's sequence order; GUIDs are derived from project, record, coder
 * and code, so the same project always gives the same file.
 */
export function buildProjectQde(input: QdeInput): string {
  const { snapshot } = input;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="${QDE_NAMESPACE}"` +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ` xsi:schemaLocation="${SCHEMA_LOCATION}"` +
      ` name="${attr(input, snapshot.meta.name)}" origin="Podscan Workbench"` +
      dateAttribute('creationDateTime', snapshot.meta.createdAt) +
      dateAttribute('modifiedDateTime', input.exportedAt) +
      '>',
    ...usersLines(input),
    ...codebookLines(input),
    ...variablesLines(input),
    ...sourcesLines(input),
    ...notesLines(input),
    ...setsLines(input, snapshot.codebook.sets),
    '</Project>',
    '',
  ];
  return lines.join('\n');
}

/** The GUID a coder has in the file: their id when it is a GUID. */
export function userGuid(coderId: string): string {
  return isGuid(coderId) ? coderId : deriveGuid('coder', coderId);
}

/** The user who "codes" the consensus decisions. */
export function consensusGuid(snapshot: ProjectSnapshot): string {
  return deriveGuid('consensus-user', snapshot.meta.id);
}

function usersLines(input: QdeInput): string[] {
  const { snapshot } = input;
  const users = snapshot.coders.map(
    (coder) =>
      `    <User guid="${userGuid(coder.id)}"` +
      ` name="${attr(input, coder.name)}" id="${attr(input, coder.initials)}"/>`,
  );
  if (snapshot.consensus.length > 0) {
    users.push(
      `    <User guid="${consensusGuid(snapshot)}" name="Consensus" id="consensus"/>`,
    );
  }
  return users.length === 0 ? [] : ['  <Users>', ...users, '  </Users>'];
}

function codebookLines(input: QdeInput): string[] {
  const tree = buildCodeTree(input.snapshot.codebook);
  if (tree.length === 0) return [];

  return [
    '  <CodeBook>',
    '    <Codes>',
    ...tree.flatMap((node) => codeLines(input, node, 3)),
    '    </Codes>',
    '  </CodeBook>',
  ];
}

function codeLines(
  input: QdeInput,
  node: CodeTreeNode,
  depth: number,
): string[] {
  const { code } = node;
  const pad = '  '.repeat(depth);
  const open =
    `${pad}<Code guid="${code.id}" name="${attr(input, code.name)}"` +
    ` isCodable="${String(code.isCodable)}" color="${code.color}"`;
  const description = packDescription(code);
  if (description === '' && node.children.length === 0) return [`${open}/>`];

  return [
    `${open}>`,
    ...(description === ''
      ? []
      : [`${pad}  <Description>${text(input, description)}</Description>`]),
    ...node.children.flatMap((child) => codeLines(input, child, depth + 1)),
    `${pad}</Code>`,
  ];
}

function variablesLines(input: QdeInput): string[] {
  const { columns } = input.snapshot.meta;
  if (columns.length === 0) return [];

  return [
    '  <Variables>',
    ...columns.map(
      (column) =>
        `    <Variable guid="${variableGuid(input, column)}"` +
        ` name="${attr(input, column.label)}" typeOfVariable="Text">` +
        `<Description>${text(input, column.key)}</Description></Variable>`,
    ),
    '  </Variables>',
  ];
}

function sourcesLines(input: QdeInput): string[] {
  if (input.sources.length === 0) return [];

  const { snapshot } = input;
  const codings = groupByRecord(snapshot.layers);
  const decisions = groupByRecord(
    snapshot.consensus.filter((decision) => decision.value === 'present'),
  );
  return [
    '  <Sources>',
    ...input.sources.flatMap((source) => [
      `    <TextSource guid="${source.guid}"` +
        ` name="${attr(input, source.record.key)}"` +
        ` plainTextPath="internal://${source.guid}.txt">`,
      ...coderCodingLines(input, source, codings.get(source.record.key)),
      ...consensusCodingLines(input, source, decisions.get(source.record.key)),
      ...(codings.get(source.record.key) ?? [])
        .filter((coding) => coding.memo !== '')
        .map(
          (coding) =>
            `      <NoteRef targetGUID="${noteGuid(input, coding)}"/>`,
        ),
      ...variableValueLines(input, source.record),
      '    </TextSource>',
    ]),
    '  </Sources>',
  ];
}

function coderCodingLines(
  input: QdeInput,
  source: QdeSource,
  codings: readonly RecordCoding[] = [],
): string[] {
  const { snapshot } = input;
  return codings.flatMap((coding) =>
    appliedCodes(snapshot.codebook, coding.codes).map((codeId) =>
      codingLine(
        deriveGuid(
          'coding',
          snapshot.meta.id,
          source.record.key,
          coding.coderId,
          codeId,
        ),
        userGuid(coding.coderId),
        coding.updatedAt,
        codeId,
      ),
    ),
  );
}

function consensusCodingLines(
  input: QdeInput,
  source: QdeSource,
  decisions: readonly ConsensusDecision[] = [],
): string[] {
  const { snapshot } = input;
  return decisions.flatMap((decision) =>
    appliedCodes(snapshot.codebook, [decision.codeId]).map((codeId) =>
      codingLine(
        deriveGuid('consensus', snapshot.meta.id, source.record.key, codeId),
        consensusGuid(snapshot),
        decision.decidedAt,
        codeId,
      ),
    ),
  );
}

function variableValueLines(input: QdeInput, record: ScanRecord): string[] {
  return input.snapshot.meta.columns
    .filter((column) => (record.fields[column.key] ?? '') !== '')
    .map(
      (column) =>
        '      <VariableValue>' +
        `<VariableRef targetGUID="${variableGuid(input, column)}"/>` +
        `<TextValue>${text(input, record.fields[column.key] ?? '')}</TextValue>` +
        '</VariableValue>',
    );
}

function codingLine(
  guid: string,
  user: string,
  at: string,
  codeId: string,
): string {
  return (
    `      <Coding guid="${guid}" creatingUser="${user}"` +
    `${dateAttribute('creationDateTime', at)}>` +
    `<CodeRef targetGUID="${codeId}"/></Coding>`
  );
}

function notesLines(input: QdeInput): string[] {
  const { snapshot } = input;
  const memos = snapshot.layers.filter((coding) => coding.memo !== '');
  if (memos.length === 0) return [];

  const coderName = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  return [
    '  <Notes>',
    ...memos.map((coding) => {
      const coder = coderName.get(coding.coderId) ?? coding.coderId;
      const name = `Memo by ${coder} on ${coding.recordKey}`;
      return (
        `    <Note guid="${noteGuid(input, coding)}" name="${attr(input, name)}"` +
        ` creatingUser="${userGuid(coding.coderId)}"` +
        `${dateAttribute('creationDateTime', coding.updatedAt)}>` +
        `<PlainTextContent>${text(input, coding.memo)}</PlainTextContent></Note>`
      );
    }),
    '  </Notes>',
  ];
}

function setsLines(input: QdeInput, sets: readonly CodeSet[]): string[] {
  if (sets.length === 0) return [];

  return [
    '  <Sets>',
    ...sets.flatMap((set) => [
      `    <Set guid="${set.id}" name="${attr(input, set.name)}">`,
      ...(set.description === ''
        ? []
        : [`      <Description>${text(input, set.description)}</Description>`]),
      ...set.codeIds.map((id) => `      <MemberCode targetGUID="${id}"/>`),
      '    </Set>',
    ]),
    '  </Sets>',
  ];
}

/** Applied codes the codebook knows, merged-away GUIDs resolved. */
function appliedCodes(codebook: Codebook, codes: readonly CodeId[]): CodeId[] {
  const known = new Set<string>(codebook.codes.map((code) => code.id));
  const ids = codes.map((id) => resolveCodeId(id, codebook.aliases));
  return [...new Set(ids)].filter((id) => known.has(id)).sort();
}

function groupByRecord<T extends { readonly recordKey: RecordKey }>(
  items: readonly T[],
): Map<RecordKey, T[]> {
  const byRecord = new Map<RecordKey, T[]>();
  for (const item of items) {
    const list = byRecord.get(item.recordKey) ?? [];
    list.push(item);
    byRecord.set(item.recordKey, list);
  }
  return byRecord;
}

function variableGuid(input: QdeInput, column: Column): string {
  return deriveGuid('variable', input.snapshot.meta.id, column.key);
}

function noteGuid(input: QdeInput, coding: RecordCoding): string {
  const { recordKey, coderId } = coding;
  return deriveGuid('memo', input.snapshot.meta.id, recordKey, coderId);
}

const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** An xsd:dateTime attribute, or nothing when the time is not one. */
function dateAttribute(name: string, value: string): string {
  return DATE_TIME.test(value) ? ` ${name}="${value}"` : '';
}

function attr(input: QdeInput, value: string): string {
  return escapeXmlAttribute(input.clean(value));
}

function text(input: QdeInput, value: string): string {
  return escapeXmlText(input.clean(value));
}
