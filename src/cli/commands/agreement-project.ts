import {
  computeReliability,
  findCodeByName,
  findCodersByName,
  listCodersWithDoneRecords,
  PROJECT_BOOTSTRAP,
} from '../../core/agreement';
import { listApplicableCodes, resolveCodeId } from '../../core/codebook';
import type { Code } from '../../core/codebook';
import type { CodedFileRead } from '../../core/exchange';
import { applyMerge, planMerge } from '../../core/merge';
import type { Coder } from '../../core/model/coding';
import type { ProjectSnapshot } from '../../core/model/snapshot';
import { now, printProblems, readCodedInputs } from '../coded-input';
import { CliError, EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../io';
import {
  describeProject,
  nameCode,
  toProjectJson,
  type ProjectScope,
} from './agreement-project-report';
import { countOf, plural } from '../../core/scan';

export type ProjectFlags = {
  readonly code?: string;
  readonly coders?: string;
  readonly json?: boolean;
};

/** Options that only the coded-file form takes. */
export const PROJECT_ONLY_FLAGS = ['code', 'coders'] as const;

/**
 * `podscan agreement FILE.podscan.json…`: per-code, per-pair and pooled
 * agreement of a project (PRODUCT.md §5), computed exactly as the
 * Reliability view computes it, so both give the same numbers.
 */
export async function runProjectAgreement(
  files: readonly string[],
  flags: ProjectFlags,
  io: CliIo,
): Promise<number> {
  const reads = await readCodedInputs(io, files, null);
  reads.forEach((read, index) =>
    printProblems(io.err, `${files[index]}: `, read.problems),
  );
  const snapshot = combineFiles(files, reads, io);
  const scope = chooseScope(snapshot, flags);
  if (!scope.ok) {
    io.err(`podscan: ${scope.message}\n`);
    return EXIT_PROBLEMS;
  }

  const report = computeReliability({
    coders: scope.coders.map((coder) => coder.id),
    records: snapshot.records.map((record) => record.key),
    codes: scope.codes.map((code) => code.id),
    codings: resolveCodings(snapshot),
    bootstrap: PROJECT_BOOTSTRAP,
  });
  const context = { files, snapshot, scope, report };
  io.out(
    flags.json
      ? `${JSON.stringify(toProjectJson(context), null, 2)}\n`
      : describeProject(context),
  );
  for (const code of report.codes) {
    for (const warning of code.agreement.report.warnings) {
      io.err(`warning: ${nameCode(scope, code)}: ${warning.message}\n`);
    }
  }
  return EXIT_OK;
}

/**
 * One file as it is; several combined by the merge engine with the first
 * as base. Agreement needs only layers, which merge without a choice;
 * other conflicts (fields, codebook, consensus) are settled for the
 * first file, for this report only, and said so.
 */
function combineFiles(
  files: readonly string[],
  reads: readonly CodedFileRead[],
  io: CliIo,
): ProjectSnapshot {
  const [base, ...rest] = reads;
  if (rest.length === 0) return base!.snapshot;

  const sources = rest.map((read, index) => ({
    name: files[index + 1]!,
    snapshot: read.snapshot,
  }));
  const plan = planMerge(base!.snapshot, sources);
  const applied = applyMerge(
    base!.snapshot,
    plan,
    {
      fields: { all: 'base' },
      codebook: { all: 'base' },
      consensus: { all: 'base' },
      sameName: { all: 'keep' },
    },
    { actor: 'podscan agreement', clock: now },
  );
  for (const warning of plan.warnings) io.err(`warning: ${warning.message}\n`);
  const settled = plan.unresolved.length;
  io.err(
    `note: combined ${files.length} files with the merge engine: coder ` +
      'layers joined by coder and record (the more recently updated ' +
      'coding wins)' +
      (settled > 0
        ? `; ${countOf(settled, 'conflict')} in fields, codebook or ` +
          `consensus ${plural(settled, 'was', 'were')} ` +
          'settled for the earlier file, for this report only'
        : '') +
      '.\n',
  );
  if (!applied.ok) {
    throw new CliError(
      `the files could not be combined: ${applied.error
        .map((choice) => choice.message)
        .join('; ')}`,
      EXIT_PROBLEMS,
    );
  }
  return applied.value.snapshot;
}

type Scope = ProjectScope | { ok: false; message: string };

function chooseScope(snapshot: ProjectSnapshot, flags: ProjectFlags): Scope {
  const coders = chooseCoders(snapshot, flags);
  if (coders.length < 2) {
    const names = coders.map((coder) => coder.name).join(', ') || 'none';
    return {
      ok: false,
      message:
        'agreement needs two or more coders with records marked done; ' +
        `this project has ${coders.length} (${names}).`,
    };
  }
  const codes = chooseCodes(snapshot, flags);
  if (codes.length === 0) {
    return {
      ok: false,
      message: 'the codebook has no codable codes to compare.',
    };
  }
  return { ok: true, coders, codes };
}

function chooseCoders(snapshot: ProjectSnapshot, flags: ProjectFlags): Coder[] {
  if (flags.coders === undefined) {
    return listCodersWithDoneRecords(snapshot.coders, snapshot.layers);
  }

  const names = flags.coders.split(',').filter((name) => name.trim() !== '');
  const found = findCodersByName(snapshot.coders, names);
  if (!found.ok) throw new CliError(`--coders: ${found.error.message}`);
  if (found.value.length < 2) {
    throw new CliError('--coders: name two or more coders, e.g. Ana,Ben');
  }
  return found.value;
}

function chooseCodes(snapshot: ProjectSnapshot, flags: ProjectFlags): Code[] {
  if (flags.code === undefined) return listApplicableCodes(snapshot.codebook);

  const found = findCodeByName(snapshot.codebook, flags.code);
  if (!found.ok) throw new CliError(`--code: ${found.error.message}`);
  return [found.value];
}

/** Codings with codes merged away read as the code they were merged into. */
function resolveCodings(snapshot: ProjectSnapshot) {
  const { aliases } = snapshot.codebook;
  if (Object.keys(aliases).length === 0) return snapshot.layers;

  return snapshot.layers.map((coding) => ({
    ...coding,
    codes: coding.codes.map((id) => resolveCodeId(id, aliases)),
  }));
}
