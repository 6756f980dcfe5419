import type { MergeLogEntry, MergeResolutions } from '../../core/merge';
import type { Problem } from '../../core/model/problem';
import type { MergePreview } from '../features/exchange/merge-preview';

export type { MergePreview };

/** Whose codings a wide CSV or a workbook holds. */
export type ExportSource =
  | { readonly kind: 'coder'; readonly coderId: string }
  | { readonly kind: 'consensus' };

/** What to export; every kind reads the project as the viewer may see it. */
export type ExportFormat =
  | { readonly kind: 'coded' }
  | { readonly kind: 'wide'; readonly source: ExportSource }
  | { readonly kind: 'long' }
  | { readonly kind: 'consensus' }
  | { readonly kind: 'codebook' }
  | { readonly kind: 'xlsx'; readonly source: ExportSource }
  | { readonly kind: 'qdpx' }
  | { readonly kind: 'qdc' }
  | { readonly kind: 'matrix'; readonly codeId: string };

export type ExportKind = ExportFormat['kind'];

/** CSV choices the Export section offers (docs/coded-file.md §3). */
export type CsvChoice = {
  readonly bom: boolean;
  readonly delimiter: string;
  readonly neutralise: boolean;
};

/** A coded file picked for merging, as read from disk. */
export type MergeFile = {
  readonly name: string;
  readonly bytes: Uint8Array;
};

/**
 * Messages between the Exchange tab and the exchange worker. The worker
 * reads the project from storage itself, keeps the files being merged and
 * writes the merge, so neither the records nor the files' content cross
 * back to the window: only previews, counts and finished exports do.
 */
export type ExchangeRequest =
  | {
      readonly type: 'export';
      readonly projectId: string;
      /** The local coder: blind mode limits what they may export. */
      readonly viewerId: string;
      readonly format: ExportFormat;
      readonly csv: CsvChoice;
      readonly exportedAt: string;
      readonly exportedBy: string;
    }
  | {
      /** Reads and checks the files, then plans the merge (a dry run). */
      readonly type: 'plan-merge';
      readonly projectId: string;
      readonly files: readonly MergeFile[];
    }
  | {
      /** Applies the planned merge in one transaction. */
      readonly type: 'apply-merge';
      readonly projectId: string;
      readonly resolutions: MergeResolutions;
      readonly actor: string;
    }
  | {
      /** The log the planned merge would write with these choices. */
      readonly type: 'dry-run-log';
      readonly projectId: string;
      readonly resolutions: MergeResolutions;
      readonly actor: string;
    }
  | {
      /** A merge log as CSV or JSON, e.g. of a merge applied earlier. */
      readonly type: 'write-log';
      readonly log: readonly MergeLogEntry[];
      readonly format: 'csv' | 'json';
      readonly csv: CsvChoice;
    }
  | {
      /** Puts back what the merge logged as `seq` replaced. */
      readonly type: 'undo-merge';
      readonly projectId: string;
      readonly seq: number;
      readonly actor: string;
    };

/** A file the reader refused, with why. */
export type RefusedFile = {
  readonly name: string;
  readonly problems: readonly Problem[];
};

export type ExchangeResponse =
  | {
      readonly type: 'progress';
      readonly stage: string;
      readonly fraction: number | null;
    }
  | {
      readonly type: 'exported';
      /** UTF-8 text or binary file content, ready to save. */
      readonly bytes: Uint8Array;
      readonly warnings: readonly Problem[];
    }
  | {
      /** The project cannot be written in that format (problems say why). */
      readonly type: 'export-refused';
      readonly problems: readonly Problem[];
    }
  | { readonly type: 'refused'; readonly files: readonly RefusedFile[] }
  | { readonly type: 'planned'; readonly preview: MergePreview }
  | {
      /** Choices are missing; `count` of them, the first few listed. */
      readonly type: 'unresolved';
      readonly count: number;
      readonly messages: readonly string[];
    }
  | {
      readonly type: 'merged';
      /** The merge event's number, or null when nothing changed. */
      readonly seq: number | null;
      readonly sources: readonly string[];
      readonly log: readonly MergeLogEntry[];
    }
  | { readonly type: 'log'; readonly log: readonly MergeLogEntry[] }
  | { readonly type: 'written'; readonly bytes: Uint8Array }
  | { readonly type: 'reverted'; readonly seq: number }
  | { readonly type: 'failed'; readonly message: string };
