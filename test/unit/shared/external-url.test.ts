import { describe, expect, it } from 'vitest';
import {
  isSafeExternalUrl,
  MAX_EXTERNAL_URL_LENGTH,
  parseSafeExternalUrl,
} from '../../../src/shared/external-url';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.ymca.org/what-we-do/youth-development',
    'http://example.org',
    'https://example.org:8443/pods?city=Tulsa&grade=K-5#offerings',
    'HTTPS://EXAMPLE.ORG/Path',
    'https://xn--bcher-kva.example/',
    'https://bücher.example/',
    'https://10.1.2.3/intranet',
    'http://intranet/page',
    'https://example.org/a%20b',
  ])('accepts the web address %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'a script'],
    ['JaVaScRiPt:alert(1)', 'a script in mixed case'],
    ['java\tscript:alert(1)', 'a script hidden by a tab'],
    ['\u0000javascript:alert(1)', 'a script after a NUL'],
    ['data:text/html,<script>alert(1)</script>', 'inline data'],
    ['file:///etc/passwd', 'a local file'],
    ['file://server/share/scan.csv', 'a network file'],
    ['vbscript:msgbox(1)', 'a script scheme'],
    ['ftp://example.org/file', 'another protocol'],
    ['mailto:lead@example.org', 'a mail link'],
    ['smb://server/share', 'a file share'],
    ['ms-msdt:/id PCWDiagnostic', 'an OS handler'],
    ['chrome://settings', 'a browser page'],
    ['blob:https://example.org/1234', 'a blob'],
    ['https://user:secret@example.org/', 'credentials'],
    ['https://user@example.org/', 'a user name'],
    ['https://:secret@example.org/', 'a password alone'],
    ['https://example.org@evil.example/', 'a host disguised as a user'],
    ['http://localhost:5173/', 'this machine by name'],
    ['http://LOCALHOST./', 'this machine with a trailing dot'],
    ['http://app.localhost/', 'a localhost subdomain'],
    ['http://127.0.0.1/', 'the loopback address'],
    ['http://127.1/', 'a short loopback address'],
    ['http://2130706433/', 'a loopback address as one number'],
    ['http://0x7f.0.0.1/', 'a loopback address in hex'],
    ['http://0.0.0.0:8080/', 'the unspecified address'],
    ['http://[::1]/', 'the IPv6 loopback'],
    ['http://[::ffff:127.0.0.1]/', 'an IPv4-mapped loopback'],
    ['https:\\\\evil.example', 'backslashes'],
    [' https://example.org', 'a leading space'],
    ['https://example.org/\n', 'a trailing newline'],
    ['https://exa mple.org/', 'a space inside'],
    ['https://example.org/\u0085', 'a C1 control character'],
    ['https://', 'no host'],
    ['//example.org', 'no protocol'],
    ['example.org', 'a bare host'],
    ['', 'nothing'],
  ])('refuses %j (%s)', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.org']]) {
      expect(isSafeExternalUrl(value)).toBe(false);
    }
  });

  it('refuses addresses longer than the limit and accepts the limit', () => {
    const base = 'https://example.org/';
    const atLimit = base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length);

    expect(isSafeExternalUrl(atLimit)).toBe(true);
    expect(isSafeExternalUrl(`${atLimit}a`)).toBe(false);
  });
});

describe('parseSafeExternalUrl', () => {
  it('returns the normalised address that was checked', () => {
    expect(parseSafeExternalUrl('HTTPS://Example.ORG:443/a/../b?q=1')).toBe(
      'https://example.org/b?q=1',
    );
    expect(parseSafeExternalUrl('https://bücher.example/')).toBe(
      'https://xn--bcher-kva.example/',
    );
  });

  it('reads a web address without slashes as the browser would', () => {
    expect(parseSafeExternalUrl('https:example.org')).toBe(
      'https://example.org/',
    );
  });

  it('returns null for a refused address', () => {
    expect(parseSafeExternalUrl('javascript:alert(1)')).toBeNull();
  });
});
