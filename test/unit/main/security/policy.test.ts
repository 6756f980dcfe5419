import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedRequestUrl,
  isTrustedPageUrl,
  policyFor,
  resolveTrustedPage,
  withPolicyHeader,
} from '../../../../src/main/security/policy';

const INDEX_FILE = join('/opt', 'podscan', 'out', 'renderer', 'index.html');
const INDEX_URL = pathToFileURL(INDEX_FILE).href;
const FOLDER_URL = INDEX_URL.replace('index.html', '');
const filePage = resolveTrustedPage({
  devServerUrl: undefined,
  indexFile: INDEX_FILE,
});
const devPage = resolveTrustedPage({
  devServerUrl: 'http://localhost:5173/',
  indexFile: INDEX_FILE,
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('equals the meta tag of the renderer page', () => {
    const html = readFileSync(
      join(import.meta.dirname, '../../../../src/renderer/index.html'),
      'utf8',
    );
    const meta =
      /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(
        html,
      )?.[1];

    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds what only a header can carry for the built app', () => {
    expect(policyFor(filePage)).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });

  it('lets the dev server run its inline refresh script and nothing more', () => {
    expect(policyFor(devPage)).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`.replace(
        "script-src 'self';",
        "script-src 'self' 'unsafe-inline';",
      ),
    );
  });
});

describe('resolveTrustedPage', () => {
  it('trusts the index file when there is no dev server', () => {
    expect(filePage).toEqual({
      kind: 'file',
      indexUrl: INDEX_URL,
      folderUrl: FOLDER_URL,
    });
  });

  it('trusts the dev server origin when one is given', () => {
    expect(devPage).toEqual({ kind: 'dev', origin: 'http://localhost:5173' });
  });

  it('falls back to the index file for an unusable dev server address', () => {
    for (const devServerUrl of ['', 'not a url', 'file:///tmp/x.html']) {
      expect(
        resolveTrustedPage({ devServerUrl, indexFile: INDEX_FILE }).kind,
      ).toBe('file');
    }
  });
});

describe('isTrustedPageUrl', () => {
  it.each([
    [INDEX_URL, true],
    [`${INDEX_URL}#/projects/1`, true],
    [`${INDEX_URL}?mode=coding`, true],
    [`${FOLDER_URL}other.html`, false],
    [`${FOLDER_URL}../renderer/index.html`, true],
    [`${FOLDER_URL}../main/index.html`, false],
    ['file:///etc/passwd', false],
    ['https://example.org/', false],
    ['http://localhost:5173/', false],
    ['not a url', false],
  ])('judges %s on the built app as %s', (url, trusted) => {
    expect(isTrustedPageUrl(url, filePage)).toBe(trusted);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['http://127.0.0.1:5173/', false],
    [INDEX_URL, false],
  ])('judges %s during development as %s', (url, trusted) => {
    expect(isTrustedPageUrl(url, devPage)).toBe(trusted);
  });
});

describe('isAllowedRequestUrl', () => {
  it.each([
    [`${FOLDER_URL}assets/index-abc123.js`, true],
    [`${FOLDER_URL}assets/worker-1.js`, true],
    ['data:image/png;base64,AAAA', true],
    ['blob:file:///0b1c', true],
    ['devtools://devtools/bundled/inspector.html', true],
    [`${FOLDER_URL}../main/index.js`, false],
    ['file:///etc/passwd', false],
    ['https://fonts.example.com/font.woff2', false],
    ['http://localhost:5173/src/main.tsx', false],
    ['ws://localhost:5173/', false],
  ])('on the built app, %s is allowed: %s', (url, allowed) => {
    expect(isAllowedRequestUrl(url, filePage)).toBe(allowed);
  });

  it.each([
    ['http://localhost:5173/src/main.tsx', true],
    ['ws://localhost:5173/?token=x', true],
    ['wss://localhost:5173/', false],
    ['http://localhost:24678/', false],
    ['https://cdn.example.com/react.js', false],
    [INDEX_URL, false],
  ])('during development, %s is allowed: %s', (url, allowed) => {
    expect(isAllowedRequestUrl(url, devPage)).toBe(allowed);
  });
});

describe('withPolicyHeader', () => {
  it('replaces any policy the response carried and keeps other headers', () => {
    expect(
      withPolicyHeader(
        {
          'content-type': ['text/html'],
          'Content-Security-Policy': ['default-src *'],
          'content-security-policy': ['script-src *'],
        },
        "default-src 'none'",
      ),
    ).toEqual({
      'content-type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"],
    });
  });

  it('adds the policy to a response without headers', () => {
    expect(withPolicyHeader(undefined, "default-src 'self'")).toEqual({
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });
});
