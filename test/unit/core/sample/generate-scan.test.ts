import { describe, expect, it } from 'vitest';
import {
  generateScan,
  OPERATOR_TYPE_LABELS,
  OPTIONAL_SAMPLE_COLUMNS,
  SAMPLE_COLUMNS,
  SAMPLE_SCAN_DEFAULTS,
  streamScan,
} from '../../../../src/core/sample';
import { PLACES } from '../../../../src/core/sample/places';
import { OFFERING_LABELS } from '../../../../src/core/sample/offerings';
import { PRIORITY_LABELS } from '../../../../src/core/sample/access';
import { generateOrThrow, listOf, toRecords } from './scan-records';

describe('generateScan', () => {
  const scan = generateOrThrow({ rows: 500, seed: 11 });
  const records = toRecords(scan);

  it('writes the requested number of rows under the sample columns', () => {
    expect(scan.columns).toEqual(SAMPLE_COLUMNS);
    expect(generateOrThrow({ rows: 37, seed: 1 }).rows).toHaveLength(37);
    expect(generateOrThrow({ rows: 0, seed: 1 }).rows).toEqual([]);
    expect(scan.rows.every((row) => row.length === 21)).toBe(true);
  });

  it('gives identical output for the same seed', () => {
    expect(generateOrThrow({ rows: 500, seed: 11 })).toEqual(scan);
  });

  it('gives different output for a different seed', () => {
    const other = generateOrThrow({ rows: 500, seed: 12 });
    const sameRows = other.rows.filter(
      (row, index) => row.join('|') === scan.rows[index]?.join('|'),
    );

    expect(sameRows).toEqual([]);
  });

  it('numbers keys from LP-0001 in the order records were coded', () => {
    const keys = records.map((record) => record['Record ID']);
    const dates = records.map((record) => record['Date coded']);

    expect(keys.slice(0, 3)).toEqual(['LP-0001', 'LP-0002', 'LP-0003']);
    expect(keys[499]).toBe('LP-0500');
    expect(new Set(keys).size).toBe(500);
    expect(dates).toEqual([...dates].sort());
  });

  it('widens keys once a scan passes 9,999 rows', () => {
    const large = generateOrThrow({ rows: 10_000, seed: 3 });

    expect(large.rows[0]?.[0]).toBe('LP-00001');
    expect(large.rows[9_999]?.[0]).toBe('LP-10000');
  }, 60_000);

  it('fills every column except the optional partner and priority lists', () => {
    const required = SAMPLE_COLUMNS.filter(
      (column) => !OPTIONAL_SAMPLE_COLUMNS.includes(column),
    );
    const blanks = records.flatMap((record) =>
      required
        .filter((column) => record[column].trim() === '')
        .map((column) => `${record['Record ID']} ${column}`),
    );

    expect(blanks).toEqual([]);
    for (const column of OPTIONAL_SAMPLE_COLUMNS) {
      const filled = records.filter((record) => record[column] !== '');
      expect(filled.length).toBeGreaterThan(50);
      expect(filled.length).toBeLessThan(500);
    }
  });

  it('puts each value under its own column', () => {
    const values = (column: string): Set<string> =>
      new Set(records.map((record) => record[column as 'City']));
    const formats: Readonly<Record<string, RegExp>> = {
      'Record ID': /^LP-\d{4}$/,
      State: /^[A-Z]{2}$/,
      'Grades served': /^(PreK|K|\d{1,2})-\d{1,2}$/,
      Schedule: /^(Mon|Tue).* \d{1,2}:\d\d [AP]M-\d{1,2}:\d\d [AP]M/,
      Fee: /^(Free|No |Sliding|\$)/,
      'Source URL': /^https:\/\//,
      'Date coded': /^\d{4}-\d\d-\d\d$/,
    };
    for (const [column, format] of Object.entries(formats)) {
      const misfits = [...values(column)].filter((v) => !format.test(v));
      expect(misfits, column).toEqual([]);
    }

    expect(values('Operator type')).toEqual(
      new Set(Object.values(OPERATOR_TYPE_LABELS)),
    );
    expect(values('Delivery mode')).toEqual(
      new Set(['In-person', 'Hybrid', 'Virtual']),
    );
    expect(values('Cost type')).toEqual(
      new Set(['Free', 'Fee', 'Sliding scale or scholarships']),
    );
    expect(values('Status')).toEqual(
      new Set(['Operating', 'Ended', 'Paused', 'Unknown']),
    );
    const cities = new Set(PLACES.map((place) => place.city));
    expect([...values('City')].filter((city) => !cities.has(city))).toEqual([]);
  });

  it('keeps list cells to known values separated by "; "', () => {
    const offerings = new Set(Object.values(OFFERING_LABELS));
    const priorities = new Set<string>(Object.values(PRIORITY_LABELS));

    for (const record of records) {
      const offered = listOf(record.Offerings);
      expect(offered.length).toBeGreaterThanOrEqual(2);
      expect(offered.filter((item) => !offerings.has(item))).toEqual([]);
      const prioritized = listOf(record['Prioritized populations']);
      expect(prioritized.filter((item) => !priorities.has(item))).toEqual([]);
      expect(listOf(record.Partners)).not.toContain(record.Operator);
    }
  });

  it('links only to reserved example domains over https', () => {
    const reserved = /(^|\.)example(\.(com|net|org))?$/;
    const hosts = records.map((record) => new URL(record['Source URL']));

    expect(hosts.filter((url) => url.protocol !== 'https:')).toEqual([]);
    expect(
      hosts.filter((url) => !reserved.test(url.hostname)).map(String),
    ).toEqual([]);
  });

  it('dates every record between November 2020 and August 2021', () => {
    const dates = records.map((record) => record['Date coded']);
    const isCalendarDate = (date: string): boolean =>
      new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

    expect(dates.filter((date) => !isCalendarDate(date))).toEqual([]);
    expect(dates.every((date) => date >= '2020-11-01')).toBe(true);
    expect(dates.every((date) => date <= '2021-08-31')).toBe(true);
  });

  it('refuses a negative, fractional or oversized row count', () => {
    for (const rows of [-1, 2.5, 1_000_001, Number.NaN]) {
      const result = generateScan({ rows, seed: 1 });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('SAMPLE_INVALID_ROWS');
      expect(result.error.message).toContain(String(rows));
    }
  });

  it('refuses a seed outside 0 to 4294967295', () => {
    for (const seed of [-1, 0.5, 2 ** 32]) {
      const result = generateScan({ rows: 1, seed });
      expect(result.ok ? null : result.error.code).toBe('SAMPLE_INVALID_SEED');
    }
    expect(generateScan({ rows: 1, seed: 2 ** 32 - 1 }).ok).toBe(true);
  });

  it('streams the same rows that generateScan returns', () => {
    const stream = streamScan({ rows: 500, seed: 11 });
    if (!stream.ok) throw new Error(stream.error.message);

    expect(stream.value.columns).toEqual(scan.columns);
    expect([...stream.value.rows]).toEqual(scan.rows);
  });

  it('refuses bad options before streaming any row', () => {
    const stream = streamScan({ rows: -5, seed: 1 });

    expect(stream.ok ? null : stream.error.code).toBe('SAMPLE_INVALID_ROWS');
  });

  it('defaults to 300 rows from seed 2020', () => {
    expect(SAMPLE_SCAN_DEFAULTS).toEqual({ rows: 300, seed: 2020 });
  });
});
