import type { Column } from '../../core/model/scan';
import type { Problem } from '../../core/model/problem';
import type { ConflictResolution, ReimportConflict } from '../../core/scan';

export type { ConflictResolution, ReimportConflict };

/**
 * Messages between the workbench and the import worker. The worker keeps
 * the parsed file, so its rows cross the thread boundary only as storage
 * writes, never back to the window.
 */
export type ImportRequest =
  | {
      readonly type: 'parse';
      readonly fileName: string;
      readonly bytes: Uint8Array;
      readonly encoding: string | null;
      readonly delimiter: string | null;
      /** For an .xlsx workbook: the sheet to read; null = the first. */
      readonly sheet: string | null;
    }
  | {
      readonly type: 'commit-new';
      readonly projectName: string;
      /** Null asks Podscan to generate keys. */
      readonly keyColumn: string | null;
      readonly userName: string;
      /** Becomes the project's lead. */
      readonly coderId: string;
      /** Start the project with the starter codebook. */
      readonly useStarterCodebook: boolean;
    }
  | {
      /** Answered with 'key-problems', an empty list when the key is fine. */
      readonly type: 'check-key';
      readonly keyColumn: string;
    }
  | {
      readonly type: 'plan-reimport';
      readonly projectId: string;
      readonly keyColumn: string | null;
    }
  | {
      readonly type: 'commit-reimport';
      readonly projectId: string;
      readonly userName: string;
      readonly resolution: ConflictResolution;
    };

export type ScanPreview = {
  readonly fileName: string;
  readonly encoding: string;
  readonly bom: boolean;
  readonly delimiter: string;
  readonly lineEnding: string;
  readonly columns: readonly Column[];
  readonly rowCount: number;
  readonly skippedLines: number;
  readonly problems: readonly Problem[];
  /** Problems beyond the ones sent for display. */
  readonly moreProblems: number;
  readonly sampleRows: readonly (readonly string[])[];
  readonly keyCandidates: readonly string[];
  /** Set when the file is an .xlsx workbook: its sheets and the one read. */
  readonly workbook: {
    readonly sheets: readonly string[];
    readonly sheet: string;
  } | null;
};

export type ReimportSummary = {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly missing: number;
  readonly addedKeys: readonly string[];
  readonly changedKeys: readonly string[];
  readonly missingKeys: readonly string[];
  readonly newColumns: readonly string[];
  readonly absentColumns: readonly string[];
  readonly conflicts: readonly ReimportConflict[];
};

export type ImportResponse =
  | {
      readonly type: 'progress';
      readonly stage: string;
      readonly fraction: number | null;
    }
  | { readonly type: 'parsed'; readonly preview: ScanPreview }
  | {
      readonly type: 'key-problems';
      readonly problems: readonly Problem[];
      readonly moreProblems: number;
    }
  | { readonly type: 'committed'; readonly projectId: string }
  | { readonly type: 'planned'; readonly summary: ReimportSummary }
  | { readonly type: 'failed'; readonly message: string };

/** How many problems the worker sends for display; the rest are counted. */
export const PROBLEM_DISPLAY_LIMIT = 2_000;
