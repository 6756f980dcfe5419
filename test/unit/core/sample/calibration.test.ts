import { describe, expect, it } from 'vitest';
import {
  generateOrThrow,
  listOf,
  percentOf,
  toRecords,
  type SampleRecord,
} from './scan-records';

// Targets from the published shape of the real scan (PRODUCT.md §7); the
// bands leave room for sampling noise at 2,000 rows.
describe('sample scan calibration', () => {
  const records = toRecords(generateOrThrow({ rows: 2_000, seed: 77 }));
  const ofType = (type: string): SampleRecord[] =>
    records.filter((record) => record['Operator type'] === type);
  const isCertified = (record: SampleRecord): boolean =>
    /certified teachers/i.test(record.Facilitators);
  const isSchoolBuilding = (record: SampleRecord): boolean =>
    record['Location type'] === 'School building';

  it('has nearly half nonprofits and only a few percent districts', () => {
    const share = (type: string): number =>
      percentOf(records, (record) => record['Operator type'] === type);

    expect(share('Nonprofit')).toBeGreaterThanOrEqual(40);
    expect(share('Nonprofit')).toBeLessThanOrEqual(55);
    expect(share('City/county government')).toBeGreaterThanOrEqual(15);
    expect(share('City/county government')).toBeLessThanOrEqual(30);
    expect(share('School district')).toBeGreaterThan(1);
    expect(share('School district')).toBeLessThan(8);
    expect(share('Charter school')).toBeLessThan(6);
    expect(share('Business')).toBeGreaterThanOrEqual(5);
    expect(share('Partnership')).toBeGreaterThanOrEqual(5);
  });

  it('gives governments partners often and partnerships always', () => {
    const government = ofType('City/county government');
    const partnerships = ofType('Partnership');

    expect(percentOf(government, (r) => r.Partners !== '')).toBeGreaterThan(45);
    expect(partnerships.every((r) => listOf(r.Partners).length >= 2)).toBe(
      true,
    );
  });

  it('has many free initiatives but most charge, half of those with aid', () => {
    const charging = records.filter((record) => record['Cost type'] !== 'Free');
    const free = percentOf(records, (r) => r['Cost type'] === 'Free');
    const withAid = percentOf(charging, (r) =>
      r['Cost type'].startsWith('Sliding scale'),
    );

    expect(free).toBeGreaterThanOrEqual(30);
    expect(free).toBeLessThan(50);
    expect(withAid).toBeGreaterThanOrEqual(40);
    expect(withAid).toBeLessThanOrEqual(60);
    expect(
      percentOf(ofType('Business'), (r) => r['Cost type'] === 'Free'),
    ).toBeLessThan(10);
  });

  it('is mostly open to any student, prioritising essential workers and low-income families', () => {
    const counts = new Map<string, number>();
    for (const record of records) {
      for (const group of listOf(record['Prioritized populations'])) {
        counts.set(group, (counts.get(group) ?? 0) + 1);
      }
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([g]) => g);
    const mentioning = (group: string): number =>
      percentOf(records, (r) =>
        listOf(r['Prioritized populations']).includes(group),
      );

    expect(
      percentOf(records, (r) => r.Eligibility.startsWith('Open to')),
    ).toBeGreaterThan(55);
    expect(ranked.slice(0, 2).sort()).toEqual([
      'Children of essential workers',
      'Low-income families',
    ]);
    expect(mentioning('Students with disabilities')).toBeLessThan(10);
    expect(mentioning('English learners')).toBeLessThan(10);
  });

  it('serves mostly elementary grades and few adolescents', () => {
    const highest = (record: SampleRecord): number =>
      Number(record['Grades served'].split('-')[1]);

    expect(percentOf(records, (r) => highest(r) <= 6)).toBeGreaterThan(55);
    expect(percentOf(records, (r) => highest(r) >= 9)).toBeLessThan(20);
  });

  it('is staffed mostly by program staff, rarely certified teachers', () => {
    expect(
      percentOf(records, (r) => r.Facilitators === 'Program staff'),
    ).toBeGreaterThan(55);
    expect(percentOf(records, isCertified)).toBeLessThan(20);
    expect(percentOf(ofType('School district'), isCertified)).toBeGreaterThan(
      3 * percentOf(ofType('Nonprofit'), isCertified),
    );
  });

  it('sits mostly outside school buildings, except for districts', () => {
    const parks = records.filter((r) => /Parks|Recreation/.test(r.Operator));
    const inRecCenters = percentOf(parks, (r) =>
      ['Recreation center', 'Multiple sites', 'Online'].includes(
        r['Location type'],
      ),
    );

    expect(percentOf(records, isSchoolBuilding)).toBeLessThan(15);
    expect(
      percentOf(ofType('School district'), isSchoolBuilding),
    ).toBeGreaterThan(3 * percentOf(ofType('Nonprofit'), isSchoolBuilding));
    expect(inRecCenters).toBeGreaterThan(80);
  });

  it('offers each typical service somewhere, supervision most of all', () => {
    const offering = (label: string): number =>
      percentOf(records, (r) => listOf(r.Offerings).includes(label));
    const supervision = offering('Supervision of remote schoolwork');

    expect(supervision).toBeGreaterThan(80);
    for (const label of [
      'Tutoring',
      'Internet and devices',
      'Meals',
      'Transportation',
      'Arts enrichment',
      'STEM enrichment',
      'Sports and recreation',
      'Social and emotional support',
      'Full-day childcare hours',
    ]) {
      expect(offering(label), label).toBeGreaterThan(5);
      expect(offering(label), label).toBeLessThan(supervision);
    }
  });

  it('keeps virtual pods online, without meals, rides or full-day care', () => {
    const virtual = records.filter((r) => r['Delivery mode'] === 'Virtual');
    const onSite = ['Meals', 'Transportation', 'Full-day childcare hours'];

    expect(virtual.length).toBeGreaterThan(100);
    expect(virtual.every((r) => r['Location type'] === 'Online')).toBe(true);
    expect(
      virtual.filter((r) =>
        listOf(r.Offerings).some((item) => onSite.includes(item)),
      ),
    ).toEqual([]);
    expect(
      records.filter(
        (r) =>
          r['Location type'] === 'Online' && r['Delivery mode'] !== 'Virtual',
      ),
    ).toEqual([]);
  });

  it('has about a third still operating at the end of 2020-21', () => {
    const operating = percentOf(records, (r) => r.Status === 'Operating');

    expect(operating).toBeGreaterThanOrEqual(28);
    expect(operating).toBeLessThanOrEqual(42);
  });

  it('codes records at the pace the real scan grew', () => {
    const november = percentOf(records, (r) =>
      r['Date coded'].startsWith('2020-11'),
    );
    const byMarch = percentOf(records, (r) => r['Date coded'] < '2021-04-01');

    // About 160 of 372 at launch and 330 by March 2021.
    expect(november).toBeGreaterThanOrEqual(35);
    expect(november).toBeLessThanOrEqual(50);
    expect(byMarch).toBeGreaterThanOrEqual(82);
    expect(byMarch).toBeLessThanOrEqual(95);
  });
});
