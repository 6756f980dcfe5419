import type { RecordCoding } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';
import { DEFAULT_BOOTSTRAP } from './bootstrap';
import {
  computeTallyCodeAgreement,
  type CodeAgreement,
} from './code-agreement';
import { flagCodeAgreement, type AgreementFlag } from './flags';
import { buildCodeMatrices, type LayerAgreementInput } from './layers';
import { poolCodeAgreements, type PooledAgreement } from './pooled-agreement';
import { bootstrapPooledIntervals } from './pooled-bootstrap';
import type { BootstrapOptions, RatingMatrix } from './types';
import { tallyRatingMatrix, type UnitTally } from './unit-tally';

/**
 * Intervals for a project's codes, in the app and the CLI alike: 500
 * replicates drawn per profile (see BootstrapOptions.draw), so 50 codes of
 * 100,000 records take seconds, not minutes, and both give the same
 * numbers for the same data.
 */
export const PROJECT_BOOTSTRAP: BootstrapOptions = {
  replicates: 500,
  seed: DEFAULT_BOOTSTRAP.seed,
  draw: 'profiles',
};

export type ReliabilityInput = LayerAgreementInput & {
  /** Null: no intervals. Default PROJECT_BOOTSTRAP. */
  readonly bootstrap?: BootstrapOptions | null;
  /**
   * Called after each code, and after the pooled intervals when there
   * are any, with the share of that work done, 0–1.
   */
  readonly onProgress?: (fraction: number) => void;
};

export type CodeReliability = {
  readonly codeId: CodeId;
  readonly agreement: CodeAgreement;
  readonly flags: readonly AgreementFlag[];
};

/** Agreement of a project's coders: per code, per pair and pooled. */
export type ReliabilityReport = {
  readonly coders: readonly CoderId[];
  /** Records in scope, coded or not. */
  readonly recordsInScope: number;
  /** Records in scope that one or more of the coders marked done. */
  readonly units: number;
  readonly codes: readonly CodeReliability[];
  /** Null when there are no codes. */
  readonly pooled: PooledAgreement | null;
  readonly bootstrap: BootstrapOptions | null;
};

/**
 * Agreement per code (every coefficient with a bootstrap interval, each
 * coder pair's kappa, flags with explanations) and pooled three ways
 * (summed-table kappas and alpha with intervals from records drawn
 * jointly across codes), for the given coders over the records in scope.
 * Only records one of the coders marked done are units (PRODUCT.md §3); a
 * record is missing for a coder who has not marked it done.
 */
export function computeReliability(input: ReliabilityInput): ReliabilityReport {
  // Read twice below, so a one-shot iterable is gathered first.
  const codings = Array.isArray(input.codings)
    ? (input.codings as readonly RecordCoding[])
    : [...input.codings];
  const records = listDoneRecords({ ...input, codings });
  const { matrices } = buildCodeMatrices({ ...input, codings, records });
  const bootstrap =
    input.bootstrap === undefined ? PROJECT_BOOTSTRAP : input.bootstrap;

  // The pooled intervals draw records across codes: one more step.
  const pooledBootstrap = matrices.length > 0 ? bootstrap : null;
  const steps = matrices.length + (pooledBootstrap ? 1 : 0);
  const { codes, tallies } = computeCodes(input, matrices, {
    bootstrap,
    steps,
    keepTallies: pooledBootstrap !== null,
  });
  const intervals =
    pooledBootstrap && bootstrapPooledIntervals(tallies, pooledBootstrap);
  if (pooledBootstrap) input.onProgress?.(1);

  return {
    coders: input.coders,
    recordsInScope: input.records.length,
    units: records.length,
    codes,
    pooled:
      codes.length === 0
        ? null
        : poolCodeAgreements(
            codes.map((code) => code.agreement),
            intervals ?? undefined,
          ),
    bootstrap,
  };
}

/** The records in scope, in order, that a chosen coder marked done. */
export function listDoneRecords(input: LayerAgreementInput): RecordKey[] {
  const coders = new Set(input.coders);
  const done = new Set<RecordKey>();
  for (const coding of input.codings) {
    if (coding.status === 'done' && coders.has(coding.coderId)) {
      done.add(coding.recordKey);
    }
  }
  return input.records.filter((key) => done.has(key));
}

/** Each code's agreement and flags, and its tally when asked to keep it. */
function computeCodes(
  input: ReliabilityInput,
  matrices: readonly RatingMatrix[],
  options: {
    readonly bootstrap: BootstrapOptions | null;
    readonly steps: number;
    readonly keepTallies: boolean;
  },
): { codes: CodeReliability[]; tallies: UnitTally[] } {
  const { bootstrap } = options;
  const tallies: UnitTally[] = [];
  const codes = matrices.map((matrix, index): CodeReliability => {
    const tally = tallyRatingMatrix(matrix);
    if (options.keepTallies) tallies.push(tally);
    const agreement = computeTallyCodeAgreement(
      tally,
      bootstrap === null ? {} : { bootstrap },
    );
    input.onProgress?.((index + 1) / options.steps);
    return {
      codeId: input.codes[index]!,
      agreement,
      flags: flagCodeAgreement(agreement),
    };
  });
  return { codes, tallies };
}
