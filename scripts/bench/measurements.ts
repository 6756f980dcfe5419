import type { Measurement } from './types';

/** The table, one measurement per row, in its order. */
export const MEASUREMENTS = [
  {
    name: 'import',
    label: 'core import (parse, normalise, problems)',
    unit: 'ms',
    target: { kind: 'ratio', max: 1.3 },
    where: 'node',
  },
  {
    name: 'web-import',
    label: 'import in Chromium: file chosen → grid painted',
    unit: 'ms',
    target: { kind: 'limit', max: 3000 },
    where: 'browser',
  },
  {
    name: 'reopen',
    label: 'reopen project: first rows painted',
    unit: 'ms',
    target: { kind: 'limit', max: 1000 },
    where: 'browser',
  },
  {
    name: 'edit',
    label: 'cell edit → durably saved (p95)',
    unit: 'ms',
    target: { kind: 'limit', max: 50 },
    where: 'browser',
  },
  {
    name: 'search',
    label: 'quick search: input → count shown',
    unit: 'ms',
    target: { kind: 'limit', max: 150 },
    where: 'browser',
  },
  {
    name: 'filter',
    label: 'column filter: input → count shown',
    unit: 'ms',
    target: { kind: 'limit', max: 150 },
    where: 'browser',
  },
  {
    name: 'agreement',
    label: 'all agreement statistics',
    unit: 'ms',
    target: { kind: 'limit', max: 1000 },
    where: 'node',
  },
  {
    name: 'merge',
    label: 'merge coded files (read, plan, apply)',
    unit: 'ms',
    target: { kind: 'limit', max: 2000 },
    where: 'node',
  },
  {
    name: 'export',
    label: 'wide CSV export',
    unit: 'ms',
    target: { kind: 'ratio', max: 1.5 },
    where: 'node',
  },
  {
    name: 'memory',
    label: 'renderer memory, project open',
    unit: 'MB',
    target: { kind: 'limit', max: 600 },
    where: 'browser',
  },
] as const satisfies readonly Measurement[];

export type MeasurementName = (typeof MEASUREMENTS)[number]['name'];

export const MEASUREMENT_NAMES: readonly MeasurementName[] = MEASUREMENTS.map(
  (measurement) => measurement.name,
);

/** Sizes of the fixtures: the issue's, or small ones for `--quick`. */
export type BenchSizes = {
  readonly scanRows: number;
  readonly agreementRecords: number;
  readonly agreementCoders: number;
  readonly codes: number;
  readonly mergeFiles: number;
  readonly mergeRecords: number;
  readonly exportRecords: number;
  /** Edits timed per browser run. */
  readonly edits: number;
};

export const FULL_SIZES: BenchSizes = {
  scanRows: 100_000,
  agreementRecords: 100_000,
  agreementCoders: 5,
  codes: 50,
  mergeFiles: 20,
  mergeRecords: 10_000,
  exportRecords: 100_000,
  edits: 20,
};

export const QUICK_SIZES: BenchSizes = {
  scanRows: 5_000,
  agreementRecords: 5_000,
  agreementCoders: 5,
  codes: 50,
  mergeFiles: 4,
  mergeRecords: 1_000,
  exportRecords: 5_000,
  edits: 5,
};
