import type { Status } from './program';
import type { Random, Weighted } from './random';

export type Timeline = {
  /** ISO date, November 2020 to August 2021. */
  readonly dateCoded: string;
  /** "September 2020": the month the initiative opened. */
  readonly opened: string;
  /** Month it closed, when it ended before it was coded; else null. */
  readonly closed: string | null;
};

/**
 * Days on which `count` records were coded, in order, counted from
 * 1 November 2020. Coding follows the scan's growth: about 160 records at
 * launch in November 2020, 330 by March 2021, 372 by August 2021.
 */
export function drawCodingDays(random: Random, count: number): Int32Array {
  const days = new Int32Array(count);
  for (let index = 0; index < count; index += 1) {
    const [first, last] = random.weighted(CODING_PERIODS);
    days[index] = random.int(first, last);
  }

  return days.sort();
}

/** What a record coded on `codedDay` could say about opening and closing. */
export function drawTimeline(
  random: Random,
  status: Status,
  codedDay: number,
): Timeline {
  const coded = CODING_CALENDAR[codedDay];
  if (!coded) throw new Error(`Coding day ${codedDay} is outside the scan`);

  const openedMonth = Math.min(random.weighted(OPENING_MONTHS), coded.month);

  return {
    dateCoded: coded.date,
    opened: monthName(openedMonth),
    closed: drawClosing(random, status, openedMonth, coded.month),
  };
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2020, 10, 1);

/** Days from 1 November 2020 to an ISO date. */
function dayOffset(isoDate: string): number {
  return (Date.parse(`${isoDate}T00:00:00Z`) - FIRST_DAY) / DAY_MS;
}

type Period = readonly [first: number, last: number];

const period = (first: string, last: string): Period => [
  dayOffset(first),
  dayOffset(last),
];

const CODING_PERIODS: readonly Weighted<Period>[] = [
  [period('2020-11-01', '2020-11-30'), 43],
  [period('2020-12-01', '2021-03-31'), 46],
  [period('2021-04-01', '2021-08-31'), 11],
];

type CodingDay = {
  readonly date: string;
  /** Months since August 2020 (0) — the index OPENING_MONTHS uses. */
  readonly month: number;
};

// Built once: formatting a Date for each of 100,000 records is slow.
const CODING_CALENDAR: readonly CodingDay[] = Array.from(
  { length: dayOffset('2021-08-31') + 1 },
  (_, offset) => {
    const date = new Date(FIRST_DAY + offset * DAY_MS);
    const month = (date.getUTCFullYear() - 2020) * 12 + date.getUTCMonth() - 7;
    return { date: date.toISOString().slice(0, 10), month };
  },
);

// Month indexes count from August 2020 (0) to August 2021 (12).
const OPENING_MONTHS: readonly Weighted<number>[] = [
  [0, 25],
  [1, 35],
  [2, 15],
  [3, 10],
  [4, 5],
  [5, 10],
];

const MONTH_NAMES = [
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

function monthName(index: number): string {
  const calendarMonth = (index + 7) % 12;
  const year = 2020 + Math.floor((index + 7) / 12);

  return `${MONTH_NAMES[calendarMonth] ?? ''} ${year}`;
}

function drawClosing(
  random: Random,
  status: Status,
  openedMonth: number,
  codedMonth: number,
): string | null {
  // Closures cluster in spring 2021, when schools reopened their buildings.
  const earliest = Math.max(openedMonth + 2, 6);
  const latest = codedMonth - 1;
  if (status !== 'Ended' || latest < earliest) return null;

  return monthName(random.int(earliest, latest));
}
