import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fail, ok, type Result } from '../model/problem';

/** An element with its namespace prefix removed from names. */
export type XmlElement = {
  readonly name: string;
  /** Attribute values with references decoded; names without prefix. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
};

export type XmlNode = XmlElement | { readonly text: string };

export type XmlDocument = {
  readonly root: XmlElement;
  /** Namespace URI of the root element, '' when it has none. */
  readonly namespace: string;
  readonly hasDoctype: boolean;
  /** Named entity references left as written (never expanded). */
  readonly unexpandedEntities: readonly string[];
};

/**
 * Parses XML without expanding any entity a document defines: a DOCTYPE
 * is read past and ignored, so "billion laughs" or external entities
 * stay inert text. Only the five predefined entities and character
 * references are decoded, here rather than by the parser.
 */
export function parseXml(source: string): Result<XmlDocument, string> {
  const doctype = findDoctype(source);
  if (doctype === 'unclosed') return fail('the DOCTYPE declaration never ends');

  // The parser never sees the DOCTYPE, so nothing it declares can act;
  // blanking it keeps line numbers in messages right.
  const text =
    doctype === null
      ? source
      : source.slice(0, doctype.start) +
        source.slice(doctype.start, doctype.end).replace(/[^\n]/g, ' ') +
        source.slice(doctype.end);
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    return fail(`line ${verdict.err.line}: ${verdict.err.msg}`);
  }
  let nodes: unknown;
  try {
    nodes = PARSER.parse(text);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }

  const unexpanded = new Set<string>();
  const elements = toNodes(nodes, unexpanded).filter(isElement);
  const [root] = elements;
  if (root === undefined || elements.length > 1) {
    return fail('the document needs exactly one root element');
  }
  return ok({
    root,
    namespace: readRootNamespace(nodes),
    hasDoctype: doctype !== null,
    unexpandedEntities: [...unexpanded],
  });
}

export function isElement(node: XmlNode): node is XmlElement {
  return 'name' in node;
}

/** Child elements of `element` with the given local name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter(
    (node): node is XmlElement => isElement(node) && node.name === name,
  );
}

/** The text content of an element, CDATA included. */
export function textOf(element: XmlElement): string {
  return element.children
    .map((node) => (isElement(node) ? textOf(node) : node.text))
    .join('');
}

/** Escapes text content; CR as a reference so it survives parsing. */
export function escapeXmlText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Escapes an attribute value; whitespace controls as references. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** True when every character may appear in an XML 1.0 document. */
export function isXmlSafe(value: string): boolean {
  return !/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(
    value,
  );
}

const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignorePiTags: true,
});

const REFERENCE = /&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);/g;

const PREDEFINED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

type RawNode = Record<string, unknown>;

function toNodes(raw: unknown, unexpanded: Set<string>): XmlNode[] {
  if (!Array.isArray(raw)) return [];

  return (raw as RawNode[]).flatMap((node): XmlNode[] => {
    if (typeof node['#text'] === 'string') {
      return [{ text: decodeReferences(node['#text'], unexpanded) }];
    }
    if (node['#cdata'] !== undefined) {
      return [{ text: rawText(node['#cdata']) }];
    }
    const tag = Object.keys(node).find((key) => key !== ':@');
    if (tag === undefined || tag.startsWith('?') || tag.startsWith('!')) {
      return [];
    }
    return [
      {
        name: localName(tag),
        attributes: readAttributes(node[':@'], unexpanded),
        children: toNodes(node[tag], unexpanded),
      },
    ];
  });
}

function readAttributes(
  raw: unknown,
  unexpanded: Set<string>,
): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null) return attributes;

  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string' || name.startsWith('xmlns')) continue;

    // XML attribute-value normalisation: literal whitespace becomes spaces,
    // while &#10; and &#9; references keep their characters.
    const normalised = value.replace(/[\t\n\r]/g, ' ');
    attributes[localName(name)] = decodeReferences(normalised, unexpanded);
  }
  return attributes;
}

function readRootNamespace(raw: unknown): string {
  if (!Array.isArray(raw)) return '';

  for (const node of raw as RawNode[]) {
    const tag = Object.keys(node).find((key) => key !== ':@');
    if (tag === undefined || /^[?!#]/.test(tag)) continue;

    const prefix = tag.includes(':') ? tag.slice(0, tag.indexOf(':')) : '';
    const attributes = (node[':@'] ?? {}) as Record<string, unknown>;
    const declared = attributes[prefix === '' ? 'xmlns' : `xmlns:${prefix}`];
    return typeof declared === 'string' ? declared : '';
  }
  return '';
}

function rawText(raw: unknown): string {
  if (!Array.isArray(raw)) return '';

  return (raw as RawNode[])
    .map((node) => (typeof node['#text'] === 'string' ? node['#text'] : ''))
    .join('');
}

function decodeReferences(text: string, unexpanded: Set<string>): string {
  return text.replace(REFERENCE, (whole, body: string) => {
    if (body.startsWith('#')) {
      const isHex = body[1] === 'x';
      const point = Number.parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10);
      const char = point <= 0x10ffff ? String.fromCodePoint(point) : '';
      return char !== '' && isXmlSafe(char) ? char : whole;
    }
    const predefined = PREDEFINED[body];
    if (predefined !== undefined) return predefined;

    unexpanded.add(body);
    return whole;
  });
}

/**
 * Where the DOCTYPE declaration of the prolog starts and ends, skipping
 * quoted literals, comments and the internal subset in brackets.
 */
function findDoctype(
  text: string,
): { start: number; end: number } | 'unclosed' | null {
  const rootStart = text.search(/<[A-Za-z_:]/);
  const prolog = rootStart === -1 ? text : text.slice(0, rootStart);
  const start = prolog.search(/<!DOCTYPE/i);
  if (start === -1) return null;

  let depth = 0;
  let quote: string | null = null;
  for (let i = start + 2; i < text.length; i += 1) {
    const char = text[i];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1) return 'unclosed';

      i = close + 2;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '[') {
      depth += 1;
    } else if (char === ']') {
      depth -= 1;
    } else if (char === '>' && depth <= 0) {
      return { start, end: i + 1 };
    }
  }
  return 'unclosed';
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
