import { fail, ok, type Result } from '../model/problem';
import { codeProblem } from './change';
import { packDescription } from './description';
import { buildCodeTree, type CodeTreeNode } from './tree';
import type { Codebook, CodebookProblem, CodeSet } from './types';
import { validateCodebook } from './validate';
import { escapeXmlAttribute, escapeXmlText, isXmlSafe } from './xml';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
export const QDPX_NAMESPACE = 'urn:QDA-XML:project:1.0';

const SCHEMA_LOCATION =
  'urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd';

const INDENT = '  ';

/**
 * The codebook as a REFI-QDA `.qdc` document (UTF-8, LF line ends). Each
 * code's definition, criteria, example, shortcut and retired state are
 * packed into its `Description` (see `packDescription`). Refuses a
 * codebook with blocking problems, or one the format cannot carry.
 */
export function exportQdc(
  codebook: Codebook,
): Result<string, readonly CodebookProblem[]> {
  const problems = listExportProblems(codebook);
  if (problems.length > 0) return fail(problems);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}"` +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ` xsi:schemaLocation="${SCHEMA_LOCATION}" origin="Podscan Workbench">`,
    `${INDENT}<Codes>`,
    ...buildCodeTree(codebook).flatMap((node) => codeLines(node, 2)),
    `${INDENT}</Codes>`,
    ...setsLines(codebook.sets),
    '</CodeBook>',
    '',
  ];
  return ok(lines.join('\n'));
}

function listExportProblems(codebook: Codebook): CodebookProblem[] {
  const problems = validateCodebook(codebook).filter(
    (problem) => problem.severity === 'error',
  );
  if (codebook.codes.length === 0) {
    problems.push(
      codeProblem(
        'QDC_NO_CODES',
        'A REFI-QDA codebook needs at least one code; add a code first.',
      ),
    );
  }
  for (const code of codebook.codes) {
    const texts = [
      code.name,
      code.definition,
      code.include,
      code.exclude,
      code.example,
    ];
    if (!texts.every(isXmlSafe)) {
      problems.push(
        codeProblem(
          'QDC_CHARACTER_INVALID',
          `Code "${code.name}" contains a control character XML cannot ` +
            'hold; remove it from the name or texts.',
          code.id,
        ),
      );
    }
  }
  for (const set of codebook.sets) {
    if (![set.name, set.description].every(isXmlSafe)) {
      problems.push(
        codeProblem(
          'QDC_CHARACTER_INVALID',
          `Set "${set.name}" contains a control character XML cannot hold; ` +
            'remove it from the name or description.',
        ),
      );
    }
  }
  return problems;
}

function codeLines(node: CodeTreeNode, depth: number): string[] {
  const { code } = node;
  const pad = INDENT.repeat(depth);
  const open =
    `${pad}<Code guid="${code.id}" name="${escapeXmlAttribute(code.name)}"` +
    ` isCodable="${String(code.isCodable)}" color="${code.color}"`;
  const description = packDescription(code);
  if (description === '' && node.children.length === 0) return [`${open}/>`];

  return [
    `${open}>`,
    ...descriptionLines(description, depth + 1),
    ...node.children.flatMap((child) => codeLines(child, depth + 1)),
    `${pad}</Code>`,
  ];
}

function setsLines(sets: readonly CodeSet[]): string[] {
  if (sets.length === 0) return [];

  return [
    `${INDENT}<Sets>`,
    ...sets.flatMap((set) => {
      const pad = INDENT.repeat(2);
      const open =
        `${pad}<Set guid="${set.id}"` +
        ` name="${escapeXmlAttribute(set.name)}"`;
      const members = set.codeIds.map(
        (id) => `${INDENT.repeat(3)}<MemberCode guid="${id}"/>`,
      );
      if (set.description === '' && members.length === 0) return [`${open}/>`];

      return [
        `${open}>`,
        ...descriptionLines(set.description, 3),
        ...members,
        `${pad}</Set>`,
      ];
    }),
    `${INDENT}</Sets>`,
  ];
}

function descriptionLines(text: string, depth: number): string[] {
  if (text === '') return [];

  const pad = INDENT.repeat(depth);
  return [`${pad}<Description>${escapeXmlText(text)}</Description>`];
}
