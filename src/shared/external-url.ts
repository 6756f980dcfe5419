/**
 * The one check for links that leave Podscan (a record's source page, the
 * help site). Both the Electron main process and the browser adapter use it,
 * so a link is judged the same way wherever the workbench runs.
 */

/** Longer inputs are refused: no real source page needs more. */
export const MAX_EXTERNAL_URL_LENGTH = 4096;

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

// Whitespace and control characters are silently dropped or trimmed by the
// URL parser, so "java\tscript:" would parse as "javascript:". Refusing them
// in the raw text keeps what the user saw equal to what gets opened.
// eslint-disable-next-line no-control-regex -- control characters are refused
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]/u;

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set([
  'localhost',
  '0.0.0.0',
  '[::]',
  '[::1]',
]);

/**
 * Parses `input` and returns the normalised address to open, or null when
 * Podscan must not open it: anything but http(s), embedded credentials, a
 * missing host, this machine's own addresses, control characters,
 * backslashes, or more than MAX_EXTERNAL_URL_LENGTH characters. Open the
 * returned string, never the input: it is exactly what was checked.
 */
export function parseSafeExternalUrl(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  if (input.length === 0 || input.length > MAX_EXTERNAL_URL_LENGTH) {
    return null;
  }
  if (UNSAFE_CHARACTERS.test(input)) return null;

  const url = parseUrl(input);
  if (url === null) return null;
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '' || isLoopbackHost(url.hostname)) return null;

  return url.href;
}

/** True when {@link parseSafeExternalUrl} accepts `input`. */
export function isSafeExternalUrl(input: unknown): boolean {
  return parseSafeExternalUrl(input) !== null;
}

function parseUrl(input: string): URL | null {
  try {
    return new URL(input);
  } catch {
    return null;
  }
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/u, '');
  if (LOOPBACK_HOSTS.has(host)) return true;
  if (host.endsWith('.localhost')) return true;

  // The URL parser has already turned 127.1, 0x7f.1 and friends into
  // dotted-quad form, so one prefix check covers 127.0.0.0/8.
  return /^127\.\d+\.\d+\.\d+$/u.test(host) || host.startsWith('[::ffff:7f');
}
