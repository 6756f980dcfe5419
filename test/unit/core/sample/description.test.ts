import { describe, expect, it } from 'vitest';
import { generateOrThrow, toRecords } from './scan-records';

const SENTENCE_END = /[.!?](?=\s|$)/g;

function sentencesOf(description: string): string[] {
  return description
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence !== '');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 2021" → "2021-03". */
function toYearMonth(text: string): string {
  const [month = '', year = ''] = text.split(' ');

  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}`;
}

describe('sample descriptions', () => {
  const records = toRecords(generateOrThrow({ rows: 1_000, seed: 5 }));

  it('writes 2 to 6 sentences, each starting with a capital letter', () => {
    const counts = new Set<number>();
    for (const { Description } of records) {
      const count = Description.match(SENTENCE_END)?.length ?? 0;
      counts.add(count);
      expect(sentencesOf(Description)).toHaveLength(count);
      for (const sentence of sentencesOf(Description)) {
        expect(sentence).toMatch(/^[A-Z0-9]/);
      }
    }

    expect([...counts].sort()).toEqual([2, 3, 4, 5, 6]);
  });

  it('never repeats a description across a thousand records', () => {
    const descriptions = new Set(records.map((r) => r.Description));

    expect(descriptions.size).toBe(records.length);
  });

  it('names the initiative and its operator in the first sentence', () => {
    for (const record of records) {
      const [first = ''] = sentencesOf(record.Description);
      expect(first).toContain(record['Initiative name']);
      expect(first).toContain(record.Operator);
    }
  });

  it('quotes the same price as the fee column and none when free', () => {
    let priced = 0;
    for (const record of records) {
      const price = /\$[\d,]+ per (day|week|month)/.exec(record.Description);
      if (record['Cost type'] === 'Free') {
        expect(record.Description).not.toContain('$');
      } else if (price) {
        priced += 1;
        expect(record.Fee).toContain(price[0]);
      }
    }

    expect(priced).toBeGreaterThan(100);
  });

  it('mentions only the grades the record serves', () => {
    for (const record of records) {
      const grades = /grades ([\w-]+)/.exec(record.Description);
      if (grades) expect(grades[1]).toBe(record['Grades served']);
    }
  });

  it('gives the hours shown in the schedule column', () => {
    const hours = /(\d{1,2}:\d\d [AP]M) to (\d{1,2}:\d\d [AP]M)/;
    let timed = 0;
    for (const record of records) {
      const match = hours.exec(record.Description);
      if (!match) continue;
      timed += 1;
      expect(record.Schedule).toContain(`${match[1]}-${match[2]}`);
    }

    expect(timed).toBeGreaterThan(100);
  });

  it('describes virtual pods without masks, meals or buses', () => {
    const virtual = records.filter((r) => r['Delivery mode'] === 'Virtual');
    const onSite = /masks|meals|breakfast|bus service|transportation/i;

    expect(virtual.filter((r) => onSite.test(r.Description))).toEqual([]);
  });

  it('reports a closing only for ended pods, after opening and before coding', () => {
    const closing = /(?:closed|ended) in (\w+ \d{4})/;
    const opening = /(?:opened|launched|began|started it) in (\w+ \d{4})/;
    let closed = 0;
    for (const record of records) {
      const match = closing.exec(record.Description);
      if (!match?.[1]) continue;
      closed += 1;
      const closedMonth = toYearMonth(match[1]);
      expect(record.Status).toBe('Ended');
      expect(closedMonth < record['Date coded'].slice(0, 7)).toBe(true);
      const opened = opening.exec(record.Description)?.[1];
      if (opened) expect(toYearMonth(opened) < closedMonth).toBe(true);
    }

    expect(closed).toBeGreaterThan(5);
  });

  it('never dates an opening after the record was coded', () => {
    const opening = /(?:opened|launched|began|started it) in (\w+ \d{4})/;
    const dated = records.flatMap((record) => {
      const opened = opening.exec(record.Description)?.[1];
      return opened ? [[toYearMonth(opened), record['Date coded']]] : [];
    });

    expect(dated.length).toBeGreaterThan(200);
    expect(dated.filter(([opened = '', coded = '']) => opened > coded)).toEqual(
      [],
    );
  });
});
