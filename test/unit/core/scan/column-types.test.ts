import { describe, expect, it } from 'vitest';
import { parseScanText, toColumnKey } from '../../../../src/core/scan';

describe('column types', () => {
  it('infers number, date, url, longtext and text from the values', () => {
    const long = 'word '.repeat(50).trim();
    const parsed = parseScanText(
      'n,d,u,l,t,zip,mixed,empty\n' +
        `"1,250",2021-03-01,https://a.org/x,"${long}",Ann,02134,3,\n` +
        `-4.5,3/1/2021,http://b.org,"two\nlines",Bo,10001,n/a,\n` +
        `0.25, 2021-03-01T10:00:00Z ,https://c.org/?q=1,short,Cy,11201,4,\n`,
    );

    expect(parsed.columns.map((column) => column.type)).toEqual([
      'number',
      'date',
      'url',
      'longtext',
      'text',
      'text',
      'text',
      'text',
    ]);
  });
});

describe('toColumnKey', () => {
  it.each([
    ['Site Name', 'site_name'],
    ['  BOROUGH / COMMUNITY ', 'borough_community'],
    ['Écoles élémentaires', 'ecoles_elementaires'],
    ['Straße', 'strasse'],
    ['Grade Level / Age Group ', 'grade_level_age_group'],
    ['2020 status', 'col_2020_status'],
    ['__proto__', 'proto'],
    ['_overflow', 'overflow'],
    ['%', null],
    ['日本語', null],
    ['', null],
  ])('turns %j into %j', (label, key) => {
    expect(toColumnKey(label)).toBe(key);
  });

  it('shortens long labels to 64 characters', () => {
    const key = toColumnKey(
      'How many students attended the pod each week? '.repeat(3),
    );

    expect(key).toBe(
      'how_many_students_attended_the_pod_each_week_how_many_students_a',
    );
    expect(key?.length).toBe(64);
  });

  it('generates a key for a header with nothing to keep', () => {
    const parsed = parseScanText('id,日本語,%\n1,x,y\n');

    expect(parsed.columns.map((column) => column.key)).toEqual([
      'id',
      'column_2',
      'column_3',
    ]);
    expect(parsed.columns[1]?.label).toBe('日本語');
    expect(parsed.problems).toEqual([]);
  });
});
