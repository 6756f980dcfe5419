import type {
  BootstrapOptions,
  DisagreementQueue,
  ReliabilityReport,
} from '../../core/agreement';

/**
 * Messages between the Reliability view and the agreement worker. The
 * worker reads the coding layers itself and keeps them, so the window
 * never holds every coder's layer; only reports cross back.
 */
export type AgreementRequest =
  | { readonly type: 'load'; readonly projectId: string }
  | {
      readonly type: 'compute';
      readonly coderIds: readonly string[];
      /** The records in scope, in order. */
      readonly recordKeys: readonly string[];
      readonly codeIds: readonly string[];
      /** Null: no intervals. */
      readonly bootstrap: BootstrapOptions | null;
      /** Also list the disagreements (for a lead who adjudicates). */
      readonly withQueue: boolean;
    };

/** What the loaded layers hold, for choosing coders. */
export type LayerSummary = {
  /** Records each coder marked done, by coder GUID. */
  readonly doneByCoder: Readonly<Record<string, number>>;
};

export type AgreementResponse =
  | {
      readonly type: 'progress';
      readonly stage: string;
      readonly fraction: number | null;
    }
  | { readonly type: 'loaded'; readonly summary: LayerSummary }
  | {
      readonly type: 'computed';
      readonly report: ReliabilityReport;
      readonly queue: DisagreementQueue | null;
    }
  | { readonly type: 'failed'; readonly message: string };
