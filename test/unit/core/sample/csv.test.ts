import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  writeCsvLines,
  writeScanCsv,
  type SampleScan,
} from '../../../../src/core/sample';
import { generateOrThrow } from './scan-records';

describe('writeScanCsv', () => {
  it('quotes only cells holding a comma, quote or line break', () => {
    const scan: SampleScan = {
      columns: ['Record ID', 'Fee', 'Description'],
      rows: [
        ['LP-0001', '$150 per week', 'Plain text'],
        ['LP-0002', 'Free, funded', 'Says "hello"'],
        ['LP-0003', '', 'Two\nlines'],
      ],
    };

    expect(writeScanCsv(scan)).toBe(
      'Record ID,Fee,Description\n' +
        'LP-0001,$150 per week,Plain text\n' +
        'LP-0002,"Free, funded","Says ""hello"""\n' +
        'LP-0003,,"Two\nlines"\n',
    );
  });

  it('writes only the header line for a scan without rows', () => {
    const scan: SampleScan = { columns: ['Record ID', 'City'], rows: [] };

    expect(writeScanCsv(scan)).toBe('Record ID,City\n');
  });

  it('reads back through PapaParse to the same cells', () => {
    const scan = generateOrThrow({ rows: 200, seed: 9 });
    const parsed = Papa.parse<string[]>(writeScanCsv(scan), {
      skipEmptyLines: true,
    });

    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([scan.columns, ...scan.rows]);
  });

  it('writes chunks that join into the same file', () => {
    const scan = generateOrThrow({ rows: 30, seed: 4 });
    const chunks = [
      writeCsvLines([scan.columns, ...scan.rows.slice(0, 12)]),
      writeCsvLines(scan.rows.slice(12)),
      writeCsvLines([]),
    ];

    expect(chunks[2]).toBe('');
    expect(chunks.join('')).toBe(writeScanCsv(scan));
  });

  it('uses LF line endings and no byte-order mark', () => {
    const csv = writeScanCsv(generateOrThrow({ rows: 50, seed: 9 }));

    expect(csv.includes('\r')).toBe(false);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv.split('\n')).toHaveLength(52);
  });
});
