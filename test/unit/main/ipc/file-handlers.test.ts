import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFileHandlers,
  type FileDialogs,
} from '../../../../src/main/ipc/file-handlers';

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'podscan-files-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const filters = [{ name: 'Scans', extensions: ['csv', 'tsv'] }];

/** Dialogs that answer with the given paths and remember their options. */
function scriptedDialogs(answers: { open?: string[]; save?: string }) {
  const seen: { open: OpenDialogOptions[]; save: SaveDialogOptions[] } = {
    open: [],
    save: [],
  };
  const dialogs: FileDialogs = {
    showOpenDialog: (options) => {
      seen.open.push(options);
      const filePaths = answers.open ?? [];
      return Promise.resolve({ canceled: filePaths.length === 0, filePaths });
    },
    showSaveDialog: (options) => {
      seen.save.push(options);
      const filePath = answers.save ?? '';
      return Promise.resolve({ canceled: filePath === '', filePath });
    },
  };

  return { dialogs, seen };
}

describe('file:open', () => {
  it('returns the name and bytes of the chosen file', async () => {
    const path = join(folder, 'pods.csv');
    await fs.writeFile(path, 'key,name\nP1,Hub\n');
    const { dialogs, seen } = scriptedDialogs({ open: [path] });
    const handlers = createFileHandlers({
      dialogs,
      defaultFolder: () => '/docs',
    });

    const result = await handlers['file:open']({
      title: 'Import scan',
      filters,
    });

    if (!result.ok || result.value === null) throw new Error('expected a file');
    expect(result.value.name).toBe('pods.csv');
    expect(Buffer.from(result.value.bytes).toString()).toBe(
      'key,name\nP1,Hub\n',
    );
    expect(seen.open[0]).toEqual({
      title: 'Import scan',
      defaultPath: '/docs',
      filters: [{ name: 'Scans', extensions: ['csv', 'tsv'] }],
      properties: ['openFile'],
    });
  });

  it('returns null when the user cancels', async () => {
    const { dialogs } = scriptedDialogs({});
    const handlers = createFileHandlers({ dialogs, defaultFolder: () => '/d' });

    expect(await handlers['file:open']({ title: 'T', filters })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('starts the next dialog in the folder last used', async () => {
    const path = join(folder, 'pods.csv');
    await fs.writeFile(path, 'x');
    const { dialogs, seen } = scriptedDialogs({ open: [path] });
    const handlers = createFileHandlers({ dialogs, defaultFolder: () => '/d' });

    await handlers['file:open']({ title: 'T', filters });
    await handlers['file:open']({ title: 'T', filters });

    expect(seen.open.map((options) => options.defaultPath)).toEqual([
      '/d',
      folder,
    ]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(folder, 'huge.csv');
    await fs.writeFile(path, 'x'.repeat(2049));
    const { dialogs } = scriptedDialogs({ open: [path] });
    const handlers = createFileHandlers({
      dialogs,
      defaultFolder: () => '/d',
      maxOpenBytes: 2048,
    });

    const result = await handlers['file:open']({ title: 'T', filters });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FILE_TOO_LARGE' },
    });
  });

  it('explains a file that vanished after it was chosen', async () => {
    const { dialogs } = scriptedDialogs({ open: [join(folder, 'gone.csv')] });
    const handlers = createFileHandlers({ dialogs, defaultFolder: () => '/d' });

    expect(await handlers['file:open']({ title: 'T', filters })).toEqual({
      ok: false,
      error: {
        code: 'FILE_NOT_FOUND',
        message:
          'Could not open “gone.csv”: it no longer exists. Pick it again.',
      },
    });
  });

  it('refuses a folder', async () => {
    const { dialogs } = scriptedDialogs({ open: [folder] });
    const handlers = createFileHandlers({ dialogs, defaultFolder: () => '/d' });

    expect(await handlers['file:open']({ title: 'T', filters })).toMatchObject({
      ok: false,
      error: { code: 'FILE_READ_FAILED' },
    });
  });
});

describe('file:openMany', () => {
  it('returns every chosen file in order from a multiple-choice dialog', async () => {
    const first = join(folder, 'ana.podscan.json');
    const second = join(folder, 'ben.podscan.json');
    await fs.writeFile(first, '{"a":1}');
    await fs.writeFile(second, '{"b":2}');
    const opened: string[] = [];
    const { dialogs, seen } = scriptedDialogs({ open: [first, second] });
    const handlers = createFileHandlers({
      dialogs,
      defaultFolder: () => '/docs',
      onOpened: (path) => opened.push(path),
    });

    const result = await handlers['file:openMany']({ title: 'Merge', filters });

    if (!result.ok) throw new Error('expected files');
    expect(
      result.value.map((file) => [
        file.name,
        Buffer.from(file.bytes).toString(),
      ]),
    ).toEqual([
      ['ana.podscan.json', '{"a":1}'],
      ['ben.podscan.json', '{"b":2}'],
    ]);
    expect(seen.open[0]?.properties).toEqual(['openFile', 'multiSelections']);
    // Coded files are not scans: File › Open Recent must not offer them.
    expect(opened).toEqual([]);
  });

  it('answers an empty list when the user cancels', async () => {
    const { dialogs } = scriptedDialogs({});
    const handlers = createFileHandlers({ dialogs, defaultFolder: () => '/d' });

    expect(await handlers['file:openMany']({ title: 'T', filters })).toEqual({
      ok: true,
      value: [],
    });
  });

  it('fails the whole pick when one file cannot be read, naming it', async () => {
    const present = join(folder, 'ana.podscan.json');
    await fs.writeFile(present, '{}');
    const { dialogs } = scriptedDialogs({
      open: [present, join(folder, 'gone.podscan.json')],
    });
    const handlers = createFileHandlers({ dialogs, defaultFolder: () => '/d' });

    expect(await handlers['file:openMany']({ title: 'T', filters })).toEqual({
      ok: false,
      error: {
        code: 'FILE_NOT_FOUND',
        message:
          'Could not open “gone.podscan.json”: it no longer exists. Pick it again.',
      },
    });
  });

  it('refuses files that together exceed the size limit', async () => {
    const paths = [join(folder, 'a.json'), join(folder, 'b.json')];
    for (const path of paths) await fs.writeFile(path, 'x'.repeat(1500));
    const { dialogs } = scriptedDialogs({ open: paths });
    const handlers = createFileHandlers({
      dialogs,
      defaultFolder: () => '/d',
      maxOpenBytes: 2048,
    });

    const result = await handlers['file:openMany']({ title: 'T', filters });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FILE_TOO_LARGE' },
    });
    expect(result.ok ? '' : result.error.message).toMatch(
      /^Could not open the 2 files: together they are larger than/,
    );
  });
});

describe('file:save', () => {
  it('writes the data where the user chose and says where', async () => {
    const target = join(folder, 'coded.csv');
    const { dialogs, seen } = scriptedDialogs({ save: target });
    const handlers = createFileHandlers({
      dialogs,
      defaultFolder: () => folder,
    });

    const result = await handlers['file:save']({
      suggestedName: 'coded.csv',
      filters,
      data: 'key\nP1\n',
    });

    expect(result).toEqual({
      ok: true,
      value: { saved: true, location: target },
    });
    expect(await fs.readFile(target, 'utf8')).toBe('key\nP1\n');
    expect(seen.save[0]?.defaultPath).toBe(join(folder, 'coded.csv'));
  });

  it('writes nothing when the user cancels', async () => {
    const { dialogs } = scriptedDialogs({});
    const handlers = createFileHandlers({
      dialogs,
      defaultFolder: () => folder,
    });

    const result = await handlers['file:save']({
      suggestedName: 'coded.csv',
      filters,
      data: 'x',
    });

    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('reports a full disk in words and keeps the previous file', async () => {
    const target = join(folder, 'coded.csv');
    await fs.writeFile(target, 'previous');
    const { dialogs } = scriptedDialogs({ save: target });
    const enospc = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const handlers = createFileHandlers({
      dialogs,
      defaultFolder: () => folder,
      writeOptions: {
        fs: {
          open: (path, flags, mode) => fs.open(path, flags, mode),
          stat: (path) => fs.stat(path),
          realpath: (path) => fs.realpath(path),
          rename: () => Promise.reject(enospc),
          unlink: (path) => fs.unlink(path),
        },
      },
    });

    const result = await handlers['file:save']({
      suggestedName: 'coded.csv',
      filters,
      data: 'new',
    });

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'DISK_FULL',
        message:
          'Could not save “coded.csv”: the disk is full. Free some space or ' +
          'choose another folder, then save again. Any earlier version of ' +
          'the file is unchanged.',
      },
    });
    expect(await fs.readFile(target, 'utf8')).toBe('previous');
    expect(await fs.readdir(folder)).toEqual(['coded.csv']);
  });

  it('reports a folder that cannot be written as FILE_WRITE_FAILED', async () => {
    const target = join(folder, 'no-such-folder', 'coded.csv');
    const { dialogs } = scriptedDialogs({ save: target });
    const handlers = createFileHandlers({
      dialogs,
      defaultFolder: () => folder,
    });

    const result = await handlers['file:save']({
      suggestedName: 'coded.csv',
      filters,
      data: 'x',
    });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FILE_WRITE_FAILED' },
    });
  });
});
