import { fail, ok, type Result } from '../model/problem';
import {
  codebookNote as note,
  codeProblem,
  createImportedCodebook,
} from './change';
import { readQdcCodes, readQdcSets, type QdcReader } from './qdc-read-elements';
import { QDC_NAMESPACE, QDPX_NAMESPACE } from './qdc-export';
import type { CodebookContext, CodebookProblem, CodebookRead } from './types';
import { validateCodebook } from './validate';
import {
  childElements,
  parseXml,
  type XmlDocument,
  type XmlElement,
} from './xml';

/**
 * Reads a REFI-QDA codebook (`.qdc`, or the `CodeBook` inside a `.qde`
 * project) leniently: a byte-order mark, `{…}` around GUIDs, `#RGB`
 * colours, a missing `isCodable`, an empty `<Sets/>`, missing or repeated
 * GUIDs and decomposed accents are repaired and listed in `problems`. Entities
 * a DOCTYPE defines are never expanded. Fails only when the text is not an
 * XML codebook at all. The result is a new codebook at version 1.
 */
export function importQdc(
  text: string,
  context: CodebookContext,
): Result<CodebookRead, CodebookProblem> {
  const fixes: CodebookProblem[] = [];
  const parsed = parseXml(stripLeadingNoise(text, fixes));
  if (!parsed.ok) {
    return fail(
      codeProblem(
        'QDC_NOT_XML',
        `The file is not well-formed XML (${parsed.error}); check that it ` +
          'is a REFI-QDA codebook (.qdc) and was saved completely.',
      ),
    );
  }
  const document = parsed.value;
  const codebookElement = findCodeBookElement(document.root);
  if (codebookElement === null) {
    return fail(
      codeProblem(
        'QDC_NOT_CODEBOOK',
        `The file's root element is <${document.root.name}>, not ` +
          '<CodeBook>; export the codebook from your QDA program as .qdc.',
      ),
    );
  }
  noteDocumentIssues(document, fixes);

  const reader: QdcReader = { context, fixes };
  const read = readQdcCodes(codebookElement, reader);
  const sets = readQdcSets(codebookElement, read, reader);
  const codebook = createImportedCodebook(read.codes, sets, 'qdc', context);
  const remaining = validateCodebook(codebook);
  const blocking = remaining.find((problem) => problem.severity === 'error');
  if (blocking !== undefined) return fail(blocking);

  return ok({ codebook, problems: [...fixes, ...remaining] });
}

/** Removes a byte-order mark and blank space before the XML declaration. */
function stripLeadingNoise(text: string, fixes: CodebookProblem[]): string {
  let rest = text;
  if (rest.startsWith('\uFEFF')) {
    rest = rest.slice(1);
    fixes.push(
      note(
        'QDC_BOM_REMOVED',
        'A byte-order mark before <?xml was removed.',
        'info',
      ),
    );
  }
  const trimmed = rest.replace(/^\s+/, '');
  if (trimmed !== rest && trimmed.startsWith('<?xml')) {
    fixes.push(
      note(
        'QDC_LEADING_SPACE_REMOVED',
        'Blank space before <?xml was removed.',
        'info',
      ),
    );
    return trimmed;
  }
  return rest;
}

function findCodeBookElement(root: XmlElement): XmlElement | null {
  if (root.name === 'CodeBook') return root;

  if (root.name === 'Project')
    return childElements(root, 'CodeBook')[0] ?? null;

  return null;
}

function noteDocumentIssues(
  document: XmlDocument,
  fixes: CodebookProblem[],
): void {
  const expected =
    document.root.name === 'Project' ? QDPX_NAMESPACE : QDC_NAMESPACE;
  if (document.namespace !== expected) {
    const found =
      document.namespace === ''
        ? 'no namespace'
        : `namespace "${document.namespace}"`;
    fixes.push(
      note(
        'QDC_NAMESPACE_UNEXPECTED',
        `The file has ${found} instead of "${expected}"; it was read as a ` +
          'REFI-QDA codebook anyway.',
        'warning',
      ),
    );
  }
  if (document.hasDoctype) {
    fixes.push(
      note(
        'QDC_DOCTYPE_IGNORED',
        'The file has a DOCTYPE declaration; it was ignored and none of ' +
          'its entities were expanded.',
        'warning',
      ),
    );
  }
  if (document.unexpandedEntities.length > 0) {
    const names = document.unexpandedEntities.map((name) => `&${name};`);
    fixes.push(
      note(
        'QDC_ENTITY_NOT_EXPANDED',
        `Entity references ${names.join(', ')} were kept as plain text; ` +
          'Podscan never expands entities a file defines.',
        'warning',
      ),
    );
  }
}
