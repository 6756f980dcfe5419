import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The renderer's Content Security Policy. It must equal the meta tag in
 * src/renderer/index.html (a unit test compares them): the meta tag is what
 * protects a page loaded from file://, the header is defence in depth.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Directives browsers honour only in a header, never in a meta tag. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/**
 * Where our own page comes from: the built renderer on disk, or the
 * electron-vite dev server during development.
 */
export type TrustedPage =
  | {
      readonly kind: 'file';
      /** file:// URL of index.html. */
      readonly indexUrl: string;
      /** file:// URL of the folder holding index.html, ending in '/'. */
      readonly folderUrl: string;
    }
  | {
      readonly kind: 'dev';
      /** Origin of the dev server, e.g. 'http://localhost:5173'. */
      readonly origin: string;
    };

/** The trusted page for the dev server URL when set, else the index file. */
export function resolveTrustedPage(options: {
  readonly devServerUrl: string | undefined;
  readonly indexFile: string;
}): TrustedPage {
  const devOrigin = parseUrl(options.devServerUrl ?? '')?.origin;
  if (devOrigin !== undefined && devOrigin !== 'null') {
    return { kind: 'dev', origin: devOrigin };
  }

  return {
    kind: 'file',
    indexUrl: pathToFileURL(options.indexFile).href,
    folderUrl: `${pathToFileURL(dirname(options.indexFile)).href}/`,
  };
}

/**
 * The policy to send as a header: the page's own plus the header-only
 * directives. In development the dev server puts React Refresh's inline
 * script before the meta tag, so the header allows inline scripts there;
 * the meta tag still forbids them for everything after it.
 */
export function policyFor(page: TrustedPage): string {
  const policy = `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_DIRECTIVES}`;
  if (page.kind === 'file') return policy;

  return policy.replace(
    "script-src 'self'",
    "script-src 'self' 'unsafe-inline'",
  );
}

/**
 * True when `url` is our own page: the index file (any query or hash), or
 * any path on the dev server. IPC senders and navigations are held to this.
 */
export function isTrustedPageUrl(url: string, page: TrustedPage): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (page.kind === 'dev') return parsed.origin === page.origin;

  return (
    parsed.protocol === 'file:' &&
    withoutQueryAndHash(parsed) === withoutQueryAndHash(parseUrl(page.indexUrl))
  );
}

/**
 * True when the renderer may load `url`: the renderer's own files (or the
 * dev server, including its hot-reload socket), data:, blob: and devtools:.
 * Everything else — any remote host, any other file — is cancelled, so the
 * window never shows remote content.
 */
export function isAllowedRequestUrl(url: string, page: TrustedPage): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (page.kind === 'file') {
    return (
      parsed.protocol === 'file:' && parsed.href.startsWith(page.folderUrl)
    );
  }

  const server = new URL(page.origin);
  const socketProtocol = server.protocol === 'https:' ? 'wss:' : 'ws:';

  return (
    parsed.host === server.host &&
    (parsed.protocol === server.protocol || parsed.protocol === socketProtocol)
  );
}

/** Response headers with our policy in place of any the response carried. */
export function withPolicyHeader(
  headers: Readonly<Record<string, string | string[]>> | undefined,
  policy: string,
): Record<string, string | string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );

  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

const LOCAL_SCHEMES: ReadonlySet<string> = new Set([
  'data:',
  'blob:',
  'devtools:',
]);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function withoutQueryAndHash(url: URL | null): string | null {
  if (url === null) return null;

  return `${url.protocol}//${url.host}${url.pathname}`;
}
