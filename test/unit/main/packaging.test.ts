import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

let loaded: ReturnType<typeof read> | null = null;

// Compiling electron-builder's large schema takes seconds on a busy machine.
beforeAll(() => {
  loaded = read();
}, 60_000);

function load(): ReturnType<typeof read> {
  if (!loaded) throw new Error('the configuration was not read');
  return loaded;
}

/** The configuration, and the schema electron-builder itself checks it with. */
function read() {
  const config = parse(
    readFileSync(join(root, 'electron-builder.yml'), 'utf8'),
  ) as Record<string, unknown>;
  const schemaFile = require.resolve('app-builder-lib/scheme.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
  const validate = new Ajv({
    allErrors: true,
    strict: false,
    allowUnionTypes: true,
  }).compile(schema);

  return { config, validate };
}

describe('electron-builder configuration', () => {
  it('fits the schema of the installed electron-builder', () => {
    const { config, validate } = load();

    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('would refuse a misspelt option, so the check above means something', () => {
    const { config, validate } = load();

    expect(validate({ ...config, nsiss: { oneClick: false } })).toBe(false);
  });

  it('builds AppImage and deb, nsis and dmg', () => {
    const { config } = load();
    const targets = (platform: string) =>
      (config[platform] as { target: string[] }).target;

    expect([targets('linux'), targets('win'), targets('mac')]).toEqual([
      ['AppImage', 'deb'],
      ['nsis'],
      ['dmg'],
    ]);
  });

  it('packs the desktop bundles and points at icons that exist', () => {
    const { config } = load();
    const win = config['win'] as { icon: string };
    const mac = config['mac'] as { icon: string };

    expect(config['files']).toEqual(
      expect.arrayContaining([
        'out/main/**',
        'out/preload/**',
        'out/renderer/**',
      ]),
    );
    expect(
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')),
    ).toMatchObject({
      main: 'out/main/index.js',
    });
    for (const icon of [win.icon, mac.icon, 'resources/icons/icon.svg']) {
      expect(existsSync(join(root, icon)), icon).toBe(true);
    }
  });

  it('turns off the fuses that would make the binary a Node runtime', () => {
    const { config } = load();

    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
