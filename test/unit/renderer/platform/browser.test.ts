import { describe, expect, it } from 'vitest';
import {
  acceptFor,
  createBrowserPlatform,
  DOWNLOAD_URL_LIFETIME_MS,
  type BrowserHost,
  type DownloadLinkLike,
  type FileInputLike,
} from '../../../../src/renderer/platform/browser';
import { PlatformError } from '../../../../src/renderer/platform/errors';
import { version } from '../../../../package.json';

type FakeInput = FileInputLike & {
  fire(type: 'change' | 'cancel'): void;
  /** Events a listener is still attached for. */
  readonly listening: string[];
  chosen: File[];
  clicks: number;
  removed: boolean;
};

function fakeInput(): FakeInput {
  const listeners = new Map<string, () => void>();
  const input: FakeInput = {
    type: 'text',
    accept: '',
    multiple: true,
    hidden: false,
    chosen: [],
    clicks: 0,
    removed: false,
    get files() {
      const chosen = input.chosen;
      return { length: chosen.length, item: (i: number) => chosen[i] ?? null };
    },
    get listening() {
      return [...listeners.keys()];
    },
    addEventListener: (type, listener) => listeners.set(type, listener),
    removeEventListener: (type, listener) => {
      if (listeners.get(type) === listener) listeners.delete(type);
    },
    click: () => {
      input.clicks += 1;
    },
    remove: () => {
      input.removed = true;
    },
    fire: (type) => listeners.get(type)?.(),
  };
  return input;
}

function fakeHost(overrides: Partial<BrowserHost> = {}) {
  const inputs: FakeInput[] = [];
  const links: (DownloadLinkLike & { clicked: boolean; removed: boolean })[] =
    [];
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  const timers: { ms: number; run: () => void }[] = [];
  const opened: [string, string, string][] = [];
  const clipboard: string[] = [];
  const host: BrowserHost = {
    createFileInput: () => {
      const input = fakeInput();
      inputs.push(input);
      return input;
    },
    createDownloadLink: () => {
      const link = {
        href: '',
        download: '',
        rel: '',
        hidden: false,
        clicked: false,
        removed: false,
        click: () => {
          link.clicked = true;
        },
        remove: () => {
          link.removed = true;
        },
      };
      links.push(link);
      return link;
    },
    createObjectUrl: (blob) => {
      const url = `blob:test/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectUrl: (url) => revoked.push(url),
    openWindow: (url, target, features) => opened.push([url, target, features]),
    writeClipboard: (text) => {
      clipboard.push(text);
      return Promise.resolve();
    },
    userAgent: () => 'TestBrowser/1.0',
    setTimer: (run, ms) => timers.push({ run, ms }),
    ...overrides,
  };

  return { host, inputs, links, blobs, revoked, timers, opened, clipboard };
}

const scans = [{ name: 'Scans', extensions: ['csv', 'TSV', 'txt'] }];

describe('acceptFor', () => {
  it('lists each extension once with its dot', () => {
    expect(
      acceptFor([...scans, { name: 'Text', extensions: ['txt', 'csv'] }]),
    ).toBe('.csv,.tsv,.txt');
  });

  it('accepts anything for the any-file filter or no filters', () => {
    expect(acceptFor([{ name: 'All', extensions: ['*'] }, ...scans])).toBe('');
    expect(acceptFor([])).toBe('');
  });
});

describe('openFile', () => {
  it('clicks a hidden file input at once and returns the chosen file', async () => {
    const { host, inputs } = fakeHost();
    const platform = createBrowserPlatform(host);

    const picked = platform.openFile({ title: 'Import scan', filters: scans });
    const input = inputs[0];
    if (!input) throw new Error('no input created');

    expect(input).toMatchObject({
      type: 'file',
      accept: '.csv,.tsv,.txt',
      multiple: false,
      hidden: true,
      clicks: 1,
    });
    input.chosen = [new File(['key,name\nP1,Hub\n'], 'pods.csv')];
    input.fire('change');
    const file = await picked;

    expect(file?.name).toBe('pods.csv');
    expect(new TextDecoder().decode(file?.bytes)).toBe('key,name\nP1,Hub\n');
    expect(input.removed).toBe(true);
  });

  it('leaves no listener on the input, which would keep the file alive', async () => {
    const { host, inputs } = fakeHost();
    const platform = createBrowserPlatform(host);
    const picked = platform.openFile({ title: 'T', filters: scans });
    const cancelled = platform.openFile({ title: 'T', filters: scans });
    const [input, other] = inputs;
    if (!input || !other) throw new Error('no input created');
    expect(input.listening.sort()).toEqual(['cancel', 'change']);

    input.chosen = [new File(['key\nP1\n'], 'pods.csv')];
    input.fire('change');
    other.fire('cancel');
    await Promise.all([picked, cancelled]);

    expect(input.listening).toEqual([]);
    expect(other.listening).toEqual([]);
  });

  it('returns null when the user cancels the chooser', async () => {
    const { host, inputs } = fakeHost();
    const picked = createBrowserPlatform(host).openFile({
      title: 'T',
      filters: scans,
    });

    inputs[0]?.fire('cancel');

    expect(await picked).toBeNull();
    expect(inputs[0]?.removed).toBe(true);
  });

  it('returns null when the change leaves no file selected', async () => {
    const { host, inputs } = fakeHost();
    const picked = createBrowserPlatform(host).openFile({
      title: 'T',
      filters: scans,
    });

    inputs[0]?.fire('change');

    expect(await picked).toBeNull();
  });

  it('explains a file the browser cannot read', async () => {
    const { host, inputs } = fakeHost();
    const picked = createBrowserPlatform(host).openFile({
      title: 'T',
      filters: scans,
    });
    const unreadable = new File(['x'], 'locked.csv');
    unreadable.arrayBuffer = () =>
      Promise.reject(new Error('NotReadableError'));
    const input = inputs[0];
    if (!input) throw new Error('no input created');

    input.chosen = [unreadable];
    input.fire('change');

    const failure = await picked.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformError);
    expect(failure).toMatchObject({
      code: 'FILE_READ_FAILED',
      message: expect.stringContaining('“locked.csv”') as string,
    });
    expect(input.removed).toBe(true);
  });
});

describe('saveFile', () => {
  it('downloads the data under the suggested name and frees it later', async () => {
    const { host, links, blobs, revoked, timers } = fakeHost();

    const result = await createBrowserPlatform(host).saveFile({
      suggestedName: 'coded.csv',
      filters: scans,
      data: '\uFEFFkey\nP1\n',
    });

    expect(result).toEqual({ saved: true, location: 'coded.csv' });
    expect(links[0]).toMatchObject({
      href: 'blob:test/1',
      download: 'coded.csv',
      rel: 'noopener',
      clicked: true,
      removed: true,
    });
    // Compared as bytes: Blob.text() would drop the BOM being checked.
    const blob = blobs.get('blob:test/1');
    const bytes = (await blob?.arrayBuffer()) ?? new ArrayBuffer(0);
    expect(Buffer.from(bytes)).toEqual(Buffer.from('\uFEFFkey\nP1\n'));
    expect(revoked).toEqual([]);
    expect(timers.map((timer) => timer.ms)).toEqual([DOWNLOAD_URL_LIFETIME_MS]);
    timers[0]?.run();
    expect(revoked).toEqual(['blob:test/1']);
  });

  it('downloads bytes exactly', async () => {
    const { host, blobs } = fakeHost();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);

    await createBrowserPlatform(host).saveFile({
      suggestedName: 'project.qdpx',
      filters: [],
      data: bytes,
    });

    const blob = blobs.get('blob:test/1');
    expect([
      ...new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0)),
    ]).toEqual([0x50, 0x4b, 0x03, 0x04, 0xff]);
  });
});

describe('openExternal', () => {
  it('opens a safe link in a new tab without access to this page', async () => {
    const { host, opened } = fakeHost();

    expect(
      await createBrowserPlatform(host).openExternal('HTTPS://Example.org/a'),
    ).toBe(true);
    expect(opened).toEqual([
      ['https://example.org/a', '_blank', 'noopener,noreferrer'],
    ]);
  });

  it('refuses an unsafe link and opens nothing', async () => {
    const { host, opened } = fakeHost();
    const platform = createBrowserPlatform(host);

    for (const url of ['javascript:alert(1)', 'file:///etc/passwd']) {
      expect(await platform.openExternal(url)).toBe(false);
    }
    expect(opened).toEqual([]);
  });
});

describe('about, diagnostics and logs', () => {
  it('describes the browser it runs in', async () => {
    const { host } = fakeHost();

    expect(await createBrowserPlatform(host).getAbout()).toEqual({
      name: 'Podscan Workbench',
      version,
      runtime: 'TestBrowser/1.0',
    });
  });

  it('copies diagnostics with the recent log lines', async () => {
    const { host, clipboard } = fakeHost();
    const platform = createBrowserPlatform(host);
    platform.logSink({
      at: '2025-01-01T00:00:00.000Z',
      level: 'info',
      scope: 'import',
      message: 'import committed',
      fields: { rows: 300 },
    });

    const text = await platform.copyDiagnostics();

    expect(text).toBe(
      [
        'Podscan diagnostics',
        `Podscan: ${version}`,
        'Mode:    browser',
        'Browser: TestBrowser/1.0',
        '',
        'Recent log (1 lines):',
        '2025-01-01T00:00:00.000Z INFO [import] import committed rows=300',
        '',
      ].join('\n'),
    );
    expect(clipboard).toEqual([text]);
  });

  it('keeps only the newest 200 log lines', async () => {
    const { host } = fakeHost();
    const platform = createBrowserPlatform(host);
    for (let n = 1; n <= 250; n += 1) {
      platform.logSink({
        at: 't',
        level: 'debug',
        scope: 'grid',
        message: `entry ${n}`,
      });
    }

    const text = await platform.copyDiagnostics();

    expect(text).toContain('Recent log (200 lines):');
    expect(text).not.toContain('entry 50\n');
    expect(text).toContain('t DEBUG [grid] entry 51\n');
    expect(text).toContain('t DEBUG [grid] entry 250\n');
  });

  it('explains a clipboard the browser blocked', async () => {
    const { host } = fakeHost({
      writeClipboard: () => Promise.reject(new Error('NotAllowedError')),
    });

    await expect(
      createBrowserPlatform(host).copyDiagnostics(),
    ).rejects.toMatchObject({ code: 'CLIPBOARD_FAILED' });
  });

  it('never calls a menu listener: the browser has no native menu', () => {
    const { host } = fakeHost();
    const unsubscribe = createBrowserPlatform(host).onMenuCommand(() => {
      throw new Error('not expected');
    });

    expect(unsubscribe()).toBeUndefined();
  });
});

describe('openFiles', () => {
  it('lets the user choose several files and returns them in order', async () => {
    const { host, inputs } = fakeHost();
    const picked = createBrowserPlatform(host).openFiles({
      title: 'Merge coded files',
      filters: [{ name: 'Coded files', extensions: ['json'] }],
    });
    const input = inputs[0];
    if (!input) throw new Error('no input created');

    expect(input).toMatchObject({
      accept: '.json',
      multiple: true,
      hidden: true,
      clicks: 1,
    });
    input.chosen = [
      new File(['{"a":1}'], 'a.json'),
      new File(['[]'], 'b.json'),
    ];
    input.fire('change');
    const files = await picked;

    expect(
      files.map((file) => [file.name, new TextDecoder().decode(file.bytes)]),
    ).toEqual([
      ['a.json', '{"a":1}'],
      ['b.json', '[]'],
    ]);
    expect(input.removed).toBe(true);
    expect(input.listening).toEqual([]);
  });

  it('returns no files when the user cancels the chooser', async () => {
    const { host, inputs } = fakeHost();
    const picked = createBrowserPlatform(host).openFiles({
      title: 'T',
      filters: scans,
    });

    inputs[0]?.fire('cancel');

    expect(await picked).toEqual([]);
  });
});
