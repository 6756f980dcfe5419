import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import { openProjectTab } from './support/codebook';
import {
  chipNames,
  codingPanel,
  createCoderIdentity,
  pressKeys,
} from './support/coding';
import {
  chooseCodedFiles,
  downloadFrom,
  exportButton,
  readMergeSummary,
  readStoredLayers,
  readStoredSetting,
} from './support/exchange';
import {
  FIXTURES,
  chooseScanFile,
  editCell,
  enterUserName,
  gridCell,
  readStoredProjects,
  waitForSaved,
} from './support/workbench';

const SCAN = join(FIXTURES, 'e2e/exchange-pods.csv');

// What Ana codes with the starter codebook's keys (1 and 2 are its first
// two codable codes, the letters its shortcuts; d marks done and moves on).
const ANA_CODES = {
  'X-1': ['Free to families', 'Low-income families'],
  'X-2': ['Fee charged'],
  'X-3': ['Community or recreation centre'],
};

describe('exchanging coded files', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('merges coder A’s coded file into coder B’s project and undoes the merge', async () => {
    const page = await openApp(browser);
    await page.setViewportSize({ width: 1920, height: 1000 });
    await enterUserName(page, 'Ana Coder');
    await importScan(page, 'Pods A');
    await codeAsAna(page);

    await openProjectTab(page, 'Exchange');
    const coded = await downloadFrom(page, exportButton(page));
    expect(coded.name).toBe('Pods-A.podscan.json');
    const file = JSON.parse(coded.bytes.toString('utf8')) as {
      exportedBy: string;
      records: unknown[];
      layers: { codings: unknown[] }[];
    };
    expect(file.exportedBy).toBe('Ana Coder');
    expect(file.records).toHaveLength(4);
    expect(file.layers.map((layer) => layer.codings.length)).toStrictEqual([3]);
    const projectA = await projectIdOf(page, 'Pods A');
    await expect
      .poll(async () => {
        const exports = await readStoredSetting(page, 'lastExports');
        return (exports as Record<string, string> | undefined)?.[projectA];
      })
      .toMatch(/^\d{4}-\d\d-\d\dT/);
    await expect(
      page.getByTestId('last-export').textContent(),
    ).resolves.toMatch(/^Coded file last exported /);

    // Coder B, on the same machine, codes the same records in their project.
    await createCoderIdentity(page, 'Ben Coder');
    await page.getByRole('button', { name: 'Coder: Ben Coder (BC)' }).waitFor();
    await openProjectTab(page, 'Records');
    await page.getByRole('button', { name: '← Projects' }).click();
    await importScan(page, 'Pods B');
    await codeAsBen(page);

    await openProjectTab(page, 'Exchange');
    await chooseCodedFiles(page, [coded.path]);
    await expect(readMergeSummary(page)).resolves.toStrictEqual({
      'Records matched': '4',
      'Records identical': '4',
      'Records added': '0',
      'Records with field conflicts': '0',
      'Codes added': '0',
      'Code differences': '0',
      'Same name, other GUID': '0',
      'Coders added': '1',
      'Codings added': '3',
      'Codings identical': '0',
      'Codings overwritten': '0',
      'Consensus decisions added': '0',
      'Consensus decisions kept': '0',
      'Consensus conflicts': '0',
    });
    await expect(
      page.getByRole('list', { name: 'Merge warnings' }).textContent(),
    ).resolves.toContain('comes from project "Pods A"');
    await expect(
      page.getByRole('region', { name: 'Coder layers' }).textContent(),
    ).resolves.toContain('New coders: Ana Coder (AC) from Pods-A.podscan.json');
    expect(await readStoredLayers(page, 'Pods B')).toStrictEqual({
      'Ben Coder': ['X-1', 'X-2'],
    });

    await page.getByRole('button', { name: 'Apply merge' }).click();
    await page.getByText(/^Merged Pods-A\.podscan\.json \(change/).waitFor();
    await expect
      .poll(() => readStoredLayers(page, 'Pods B'))
      .toStrictEqual({
        'Ana Coder': ['X-1', 'X-2', 'X-3'],
        'Ben Coder': ['X-1', 'X-2'],
      });
    await checkBothLayers(page);

    // The same file again: nothing to change.
    await openProjectTab(page, 'Exchange');
    await chooseCodedFiles(page, [coded.path]);
    await page
      .getByText(/^Nothing to change: the project already holds/)
      .waitFor();
    await expect(
      page.getByRole('button', { name: 'Apply merge' }).isDisabled(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    const report = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Save merge report (CSV)…' }),
    );
    const logRows = Papa.parse<string[]>(
      report.bytes.toString('utf8').replace(/^\uFEFF/, ''),
      { skipEmptyLines: true },
    ).data;
    expect(logRows[0]).toStrictEqual([
      'action',
      'source',
      'record',
      'coder',
      'code',
      'column',
      'choice',
      'kept',
      'replaced',
      'detail',
    ]);
    expect(logRows.slice(1).map((row) => [row[0], row[1], row[2]])).toEqual(
      expect.arrayContaining([
        ['coder_added', 'Pods-A.podscan.json', ''],
        ['coding_added', 'Pods-A.podscan.json', 'X-1'],
        ['coding_added', 'Pods-A.podscan.json', 'X-2'],
        ['coding_added', 'Pods-A.podscan.json', 'X-3'],
      ]),
    );

    // Ctrl+Z on the Exchange tab undoes the merge as a whole.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    const confirm = page.getByRole('dialog', { name: 'Undo the merge?' });
    await confirm.getByRole('button', { name: 'Undo merge' }).click();
    await page.getByText(/^Undid the merge of Pods-A\.podscan\.json/).waitFor();
    await expect
      .poll(() => readStoredLayers(page, 'Pods B'))
      .toStrictEqual({ 'Ben Coder': ['X-1', 'X-2'] });
    await openProjectTab(page, 'Records');
    await expect
      .poll(() =>
        page
          .getByLabel(/^Layer/)
          .locator('option')
          .allTextContents(),
      )
      .toStrictEqual(['Ben Coder (BC) — you']);
    await page.close();
  });

  it('exports a wide CSV cell by cell with formula-like cells neutralised, and as written when asked', async () => {
    const page = await openApp(browser);
    await page.setViewportSize({ width: 1920, height: 1000 });
    await enterUserName(page, 'Ana Coder');
    await importScan(page, 'Pods A');
    await codeAsAna(page);
    await openProjectTab(page, 'Exchange');

    await page.getByRole('radio', { name: /^Wide CSV/ }).check();
    await page
      .getByLabel('Codings of')
      .selectOption({ label: 'Ana Coder (AC)' });
    const wide = await downloadFrom(page, exportButton(page));
    expect(wide.name).toBe('Pods-A-wide-Ana-Coder.csv');
    // A byte-order mark for Excel comes first by default.
    expect([...wide.bytes.subarray(0, 3)]).toStrictEqual([0xef, 0xbb, 0xbf]);
    checkWideCsv(wide.bytes.toString('utf8').slice(1), "'=cmd()");

    await page.getByLabel('UTF-8 byte-order mark (for Excel)').uncheck();
    // Unticking asks first, so the box stays ticked until confirmed.
    await page.getByLabel('Neutralise formula-like cells').click();
    const ask = page.getByRole('dialog', {
      name: 'Write formula-like cells as they are?',
    });
    await expect(ask.textContent()).resolves.toContain(
      'run commands on the computer of whoever opens the file',
    );
    await ask.getByRole('button', { name: 'Turn off neutralisation' }).click();
    const raw = await downloadFrom(page, exportButton(page));
    expect(raw.bytes[0]).toBe('r'.charCodeAt(0));
    checkWideCsv(raw.bytes.toString('utf8'), '=cmd()');

    await page.getByRole('radio', { name: /^Long CSV/ }).check();
    const long = await downloadFrom(page, exportButton(page));
    const longRows = Papa.parse<string[]>(long.bytes.toString('utf8'), {
      skipEmptyLines: true,
    }).data;
    expect(longRows[0]).toStrictEqual([
      'record',
      'coder',
      'code_guid',
      'code',
      'value',
      'memo',
      'status',
      'coded_at',
      'codebook_version',
    ]);
    const applied = longRows
      .slice(1)
      .filter((row) => row[4] === '1')
      .map((row) => [row[0], row[1], row[3], row[6]]);
    expect(applied).toStrictEqual([
      ['X-1', 'Ana Coder', 'Free to families', 'done'],
      ['X-1', 'Ana Coder', 'Low-income families', 'done'],
      ['X-2', 'Ana Coder', 'Fee charged', 'done'],
      ['X-3', 'Ana Coder', 'Community or recreation centre', 'done'],
    ]);

    await page.getByRole('radio', { name: /^XLSX workbook/ }).check();
    const xlsx = await downloadFrom(page, exportButton(page));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as never);
    expect(book.worksheets.map((sheet) => sheet.name)).toStrictEqual([
      'Data',
      'Codebook',
      'Methods',
    ]);
    expect(book.getWorksheet('Data')?.getCell('F3').value).toBe('=cmd()');
    await page.close();
  });

  it('shows the warning about a cell too long for Excel before and after saving', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'podscan-e2e-'));
    const path = join(folder, 'long-cell.csv');
    await writeFile(path, `Record ID,Notes\r\nL-1,${'x'.repeat(33_000)}\r\n`);
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Coder');
    await chooseScanFile(page, path);
    await page.getByRole('button', { name: 'Import 1 record' }).click();
    await page.locator('.ag-row[row-id="L-1"]').first().waitFor();
    await openProjectTab(page, 'Exchange');

    await page.getByRole('radio', { name: /^Long CSV/ }).check();
    await page.getByRole('radio', { name: /^Wide CSV/ }).check();
    await exportButton(page).click();
    const warnings = page.getByRole('list', { name: 'Export warnings' });
    const expected =
      'Row 1, column "notes" holds 33000 characters; Excel shows at most ' +
      '32767 and cuts the rest when the file is opened there. The CSV ' +
      'keeps the whole text.';
    await expect(warnings.textContent()).resolves.toBe(expected);

    const saved = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Save anyway…' }),
    );
    expect(saved.bytes.toString('utf8')).toContain('x'.repeat(33_000));
    await page.getByText(/^Saved long-cell-wide-Ana-Coder\.csv\./).waitFor();
    await expect(warnings.textContent()).resolves.toBe(expected);
    await page.close();
  });

  it('refuses a tampered coded file by name and changes nothing', async () => {
    const page = await openApp(browser);
    await page.setViewportSize({ width: 1920, height: 1000 });
    await enterUserName(page, 'Ana Coder');
    await importScan(page, 'Pods A');
    await codeAsAna(page);
    await openProjectTab(page, 'Exchange');
    const coded = await downloadFrom(page, exportButton(page));
    const tampered = join(
      await mkdtemp(join(tmpdir(), 'podscan-e2e-')),
      'tampered.podscan.json',
    );
    await writeFile(
      tampered,
      coded.bytes.toString('utf8').replace('Harbor Pods', 'Harbour Pods'),
    );
    const before = await readStoredProjects(page);

    await chooseCodedFiles(page, [tampered]);

    const refusal = page.getByRole('alert').filter({ hasText: 'Refused' });
    await expect(refusal.textContent()).resolves.toContain(
      "tampered.podscan.json: The file's checksum does not match its content",
    );
    await expect(refusal.textContent()).resolves.toContain(
      'Nothing was merged; the project is unchanged.',
    );
    await expect(
      page.locator('dl[aria-label="Merge summary"]').count(),
    ).resolves.toBe(0);
    expect(await readStoredProjects(page)).toStrictEqual(before);
    expect(await readStoredLayers(page, 'Pods A')).toStrictEqual({
      'Ana Coder': ['X-1', 'X-2', 'X-3'],
    });
    await page.close();
  });

  it('asks which value to keep for a field both sides changed, then takes the file’s', async () => {
    const page = await openApp(browser);
    await page.setViewportSize({ width: 1920, height: 1000 });
    await enterUserName(page, 'Ana Coder');
    await importScan(page, 'Pods A');
    await openProjectTab(page, 'Exchange');
    const coded = await downloadFrom(page, exportButton(page));
    await openProjectTab(page, 'Records');
    await editCell(page, 'X-1', 'city', 'Tulsa, OK');
    await waitForSaved(page);

    await openProjectTab(page, 'Exchange');
    await chooseCodedFiles(page, [coded.path]);
    const summary = await readMergeSummary(page);
    expect([
      summary['Records matched'],
      summary['Records identical'],
      summary['Records with field conflicts'],
    ]).toStrictEqual(['4', '3', '1']);
    const conflicts = page.getByRole('region', { name: 'Field conflicts' });
    await expect(
      conflicts.locator('tbody tr').first().locator('td').allTextContents(),
    ).resolves.toStrictEqual([
      'X-1',
      'city',
      'Tulsa, OK',
      'Tulsa (Pods-A.podscan.json)',
      'Keep project’sTake file’s',
    ]);
    await page.getByText('1 choice still needed').waitFor();
    const apply = page.getByRole('button', { name: 'Apply merge' });
    await expect(apply.isDisabled()).resolves.toBe(true);

    await conflicts
      .getByRole('radiogroup', { name: 'Record X-1' })
      .getByLabel('Take file’s')
      .check();
    await apply.click();
    await page.getByText(/^Merged Pods-A\.podscan\.json \(change/).waitFor();
    await expect
      .poll(() => gridCell(page, 'X-1', 'city').textContent())
      .toBe('Tulsa');
    await page.close();
  });

  it('imports a scan from a sheet of an XLSX workbook, cells as Excel shows them', async () => {
    const path = await writeScanWorkbook();
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Coder');
    await chooseScanFile(page, path);

    await expect(page.getByTestId('preview-sheet').textContent()).resolves.toBe(
      'Read me',
    );
    await page.getByLabel('Sheet').selectOption('Pods');
    await expect
      .poll(() => page.getByTestId('preview-sheet').textContent())
      .toBe('Pods');
    await expect(
      page.getByTestId('preview-row-count').textContent(),
    ).resolves.toBe('2');
    await expect(
      page
        .locator('.sample-table tbody tr')
        .first()
        .locator('td')
        .allTextContents(),
    ).resolves.toStrictEqual(['W-1', 'Harbor Pods', '2024-01-15', '12.5%']);

    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await page.locator('.ag-row[row-id="W-2"]').first().waitFor();
    await expect(gridCell(page, 'W-1', 'opened').textContent()).resolves.toBe(
      '2024-01-15',
    );
    await expect(gridCell(page, 'W-2', 'share').textContent()).resolves.toBe(
      '50.0%',
    );
    await page.close();
  });
});

async function importScan(page: Page, name: string): Promise<void> {
  await chooseScanFile(page, SCAN);
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('button', { name: 'Import 4 records' }).click();
  await page.locator('.ag-row[row-id="X-4"]').first().waitFor();
}

async function waitForRecord(page: Page, key: string): Promise<void> {
  await expect
    .poll(() => codingPanel(page).locator('h3').textContent())
    .toBe(key);
}

async function startCoding(page: Page): Promise<void> {
  await page.keyboard.press('j');
  await expect
    .poll(() =>
      codingPanel(page)
        .getByRole('checkbox', { name: 'Free to families' })
        .isEnabled(),
    )
    .toBe(true);
}

async function codeAsAna(page: Page): Promise<void> {
  await startCoding(page);
  await pressKeys(page, '1ld');
  await waitForRecord(page, 'X-2');
  await pressKeys(page, '2d');
  await waitForRecord(page, 'X-3');
  await pressKeys(page, 'rd');
  await waitForRecord(page, 'X-4');
  await waitForSaved(page);
  await expect
    .poll(() => chipNames(page, 'X-3'))
    .toStrictEqual(ANA_CODES['X-3']);
}

async function codeAsBen(page: Page): Promise<void> {
  await startCoding(page);
  await pressKeys(page, '1d');
  await waitForRecord(page, 'X-2');
  await pressKeys(page, '2sd');
  await waitForRecord(page, 'X-3');
  await waitForSaved(page);
}

async function checkBothLayers(page: Page): Promise<void> {
  await openProjectTab(page, 'Records');
  const layer = page.getByLabel(/^Layer/);
  await expect
    .poll(() => layer.locator('option').allTextContents())
    .toStrictEqual(['Ben Coder (BC) — you', 'Ana Coder (AC)']);
  await expect
    .poll(() => chipNames(page, 'X-2'))
    .toStrictEqual(['Fee charged', 'Sliding scale or scholarships']);
  await layer.selectOption({ label: 'Ana Coder (AC)' });
  for (const [key, codes] of Object.entries(ANA_CODES)) {
    await expect.poll(() => chipNames(page, key)).toStrictEqual(codes);
  }
}

async function projectIdOf(page: Page, name: string): Promise<string> {
  const projects = await readStoredProjects(page);
  return String(projects.find((project) => project.name === name)?.id);
}

/** Checks every cell of Ana's wide CSV; `notes` is X-2's notes cell. */
function checkWideCsv(text: string, notes: string): void {
  const [header, ...rows] = Papa.parse<string[]>(text, {
    skipEmptyLines: true,
  }).data;
  if (!header) throw new Error('the CSV is empty');
  expect(header.slice(0, 6)).toStrictEqual([
    'record',
    'record_id',
    'initiative',
    'operator_type',
    'city',
    'notes',
  ]);
  const codes = header.slice(6);
  expect(codes.slice(0, 5)).toStrictEqual([
    'Free to families',
    'Fee charged',
    'Sliding scale or scholarships',
    'Cost not stated',
    'Low-income families',
  ]);
  expect(codes).toContain('Community or recreation centre');
  const fields = [
    [
      'X-1',
      'X-1',
      'Harbor Pods',
      'Nonprofit',
      'Tulsa',
      'Small groups, supervised.',
    ],
    ['X-2', 'X-2', 'Parks Hub', 'City/county government', 'Austin', notes],
    ['X-3', 'X-3', 'Library Lab', 'Nonprofit', 'Reno', '-2.5'],
    ['X-4', 'X-4', 'Y Learning', 'Nonprofit', 'Boise', ''],
  ];
  const applied: Record<string, readonly string[] | undefined> = ANA_CODES;
  expect(rows).toStrictEqual(
    fields.map((cells) => {
      const done = applied[cells[0]!];
      return [
        ...cells,
        ...codes.map((code) =>
          done === undefined ? '' : done.includes(code) ? '1' : '0',
        ),
      ];
    }),
  );
}

/** A workbook whose first sheet is notes and whose second is the scan. */
async function writeScanWorkbook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Read me').addRow(['Scan of learning pods, invented']);
  const sheet = book.addWorksheet('Pods');
  sheet.addRow(['Record ID', 'Initiative', 'Opened', 'Share']);
  const rows = [
    ['W-1', 'Harbor Pods', new Date(Date.UTC(2024, 0, 15)), 0.125],
    ['W-2', 'Parks Hub', new Date(Date.UTC(2024, 2, 1)), 0.5],
  ];
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.getCell(3).numFmt = 'yyyy-mm-dd';
    row.getCell(4).numFmt = '0.0%';
  }
  const path = join(await mkdtemp(join(tmpdir(), 'podscan-e2e-')), 'pods.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}
