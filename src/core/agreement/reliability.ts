import type { RecordCoding } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';
import { DEFAULT_BOOTSTRAP } from './bootstrap';
import {
  computeCodeAgreement,
  poolCodeAgreements,
  type CodeAgreement,
  type PooledAgreement,
} from './code-agreement';
import { flagCodeAgreement, type AgreementFlag } from './flags';
import { buildCodeMatrices, type LayerAgreementInput } from './layers';
import type { BootstrapOptions } from './types';

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
  /** Called after each code with the share of codes done, 0–1. */
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
 * coder pair's kappa, flags with explanations) and pooled three ways, for
 * the given coders over the records in scope. Only records one of the
 * coders marked done are units (PRODUCT.md §3); a record is missing for a
 * coder who has not marked it done.
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

  const codes = matrices.map((matrix, index): CodeReliability => {
    const agreement = computeCodeAgreement(
      matrix,
      bootstrap === null ? {} : { bootstrap },
    );
    input.onProgress?.((index + 1) / matrices.length);
    return {
      codeId: input.codes[index]!,
      agreement,
      flags: flagCodeAgreement(agreement),
    };
  });

  return {
    coders: input.coders,
    recordsInScope: input.records.length,
    units: records.length,
    codes,
    pooled:
      codes.length === 0
        ? null
        : poolCodeAgreements(codes.map((code) => code.agreement)),
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
