import { Option, type Command } from 'commander';
import { writeCodedFile } from '../../core/exchange';
import {
  applyMerge,
  planMerge,
  summariseMergeReport,
  writeMergeLogCsv,
  writeMergeLogJson,
  type MergeReport,
  type MergeResolutions,
  type MergeSide,
  type SameNameChoice,
  type UnresolvedChoice,
} from '../../core/merge';
import { now, printProblems, readCodedInputs } from '../coded-input';
import {
  CliError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  writeOutput,
  type CliIo,
} from '../io';
import type { SetExit } from './index';
import { countOf, plural } from '../../core/scan';

type MergeFlags = {
  readonly output?: string;
  readonly dryRun?: boolean;
  readonly json?: boolean;
  readonly prefer?: MergeSide;
  readonly sameName?: SameNameChoice;
  readonly log?: string;
  readonly actor: string;
};

const EXIT_HELP = `
The first FILE is the base; the others are merged into it in order.
Coder layers need no choice: per coder and record the most recently
updated coding wins and the other is listed as overwritten. Conflicts
need a choice: --prefer settles differing record fields, codebook
differences at equal versions and differing consensus decisions;
--same-name settles a new code whose name an existing code has.

Exit status:
  0  merged (or, with --dry-run, nothing left to choose)
  1  unresolved conflicts (listed; nothing written)
  2  usage error, or a coded file that was refused (not readable, damaged
     or changed since it was written; problems listed)`;

/** Registers `podscan merge` (PRODUCT.md §5). */
export function registerMerge(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  program
    .command('merge')
    .description(
      'merge coded files (*.podscan.json) into one, by stable identity',
    )
    .argument('<files...>', 'coded files; the first is the base')
    .option('-o, --output <file>', 'coded file to write (atomically)')
    .option('--dry-run', 'report what the merge would do; write nothing')
    .option('--json', 'print the report as JSON')
    .addOption(
      new Option('--prefer <side>', 'settle conflicts for this side').choices([
        'base',
        'incoming',
      ]),
    )
    .addOption(
      new Option(
        '--same-name <choice>',
        'a new code named like an existing one: map onto it, or keep both',
      ).choices(['map', 'keep']),
    )
    .option('--log <file>', 'also write the merge log (.csv, or .json)')
    .option('--actor <name>', 'who the codebook history names', 'podscan CLI')
    .addHelpText('after', EXIT_HELP)
    .action(async (files: string[], flags: MergeFlags) => {
      setExit(await runMerge(files, flags, io));
    });
}

async function runMerge(
  files: readonly string[],
  flags: MergeFlags,
  io: CliIo,
): Promise<number> {
  if (flags.output === undefined && flags.dryRun !== true) {
    throw new CliError('give -o OUT, or --dry-run to only report', EXIT_USAGE);
  }
  const output = flags.dryRun === true ? null : flags.output!;
  const reads = await readCodedInputs(io, files, output);
  const [base, ...rest] = reads;
  const sources = rest.map((read, index) => ({
    name: files[index + 1]!,
    snapshot: read.snapshot,
  }));
  const report = planMerge(base!.snapshot, sources);
  const context = { actor: flags.actor, clock: now };
  const applied = applyMerge(
    base!.snapshot,
    report,
    toResolutions(flags),
    context,
  );
  const unresolved = applied.ok ? [] : applied.error;

  const written = applied.ok && flags.dryRun !== true ? flags.output! : null;
  if (applied.ok && written !== null) {
    const text = writeCodedFile(applied.value.snapshot, {
      exportedAt: context.clock(),
      exportedBy: flags.actor,
    });
    if (!text.ok) {
      printProblems(io.err, 'merged project: ', text.error);
      return EXIT_PROBLEMS;
    }
    await writeOutput(io, written, text.value, 'merged.podscan.json');
    if (flags.log !== undefined) {
      const isJson = flags.log.toLowerCase().endsWith('.json');
      const log = isJson
        ? writeMergeLogJson(applied.value.log)
        : writeMergeLogCsv(applied.value.log, { bom: true }).text;
      await writeOutput(io, flags.log, log, 'merge-log.csv');
    }
  }

  const logEntries = applied.ok ? applied.value.log.length : 0;
  io.out(
    flags.json
      ? `${JSON.stringify(
          {
            base: files[0],
            files: files.slice(1),
            dryRun: flags.dryRun === true,
            output: written,
            logEntries,
            report: summariseMergeReport(report),
            unresolved,
          },
          null,
          2,
        )}\n`
      : describeMerge(files, report, unresolved, written),
  );
  if (unresolved.length > 0) {
    io.err(
      `podscan: ${countOf(unresolved.length, 'conflict')} ` +
        `${plural(unresolved.length, 'needs', 'need')} a choice ` +
        '(--prefer base|incoming, --same-name map|keep); nothing was written.\n',
    );
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

function toResolutions(flags: MergeFlags): MergeResolutions {
  const prefer = flags.prefer === undefined ? {} : { all: flags.prefer };
  const sameName = flags.sameName === undefined ? {} : { all: flags.sameName };
  return { fields: prefer, codebook: prefer, consensus: prefer, sameName };
}

/** How many items of a list the text report shows. */
const SHOWN = 20;

function describeMerge(
  files: readonly string[],
  report: MergeReport,
  unresolved: readonly UnresolvedChoice[],
  written: string | null,
): string {
  const { records, codebook, coders, layers, consensus } = report;
  const lines = [
    `Base: ${files[0]}`,
    `Merging: ${files.slice(1).join(', ') || '(nothing)'}`,
    ...report.warnings.map((warning) => `warning: ${warning.message}`),
    `Records: ${records.matched} matched (${records.identical} identical), ` +
      `${records.added.length} added, ` +
      countOf(records.conflicts.length, 'field conflict'),
    ...listSome(
      records.conflicts,
      (c) =>
        `  ${c.recordKey} ${c.column}: ${JSON.stringify(c.base)} (project) ` +
        `vs ${JSON.stringify(c.incoming)} (${c.source})`,
    ),
    ...listSome(
      records.columnsAdded,
      (c) =>
        `  column added: ${c.column.key} "${c.column.label}" (${c.source})`,
    ),
    `Codebook: ${countOf(codebook.added.length, 'code')} added, ` +
      `${countOf(codebook.differences.length, 'difference')}, ` +
      `${codebook.sameName.length} same name with another GUID, ` +
      countOf(codebook.sets.length, 'set change'),
    ...listSome(
      codebook.differences,
      (d) =>
        `  ${d.name} (${d.codeId}): ${d.kinds.join(', ')} in ${d.source}; ` +
        `${d.winner === null ? 'needs a choice' : `${d.winner} wins`}: ${d.reason}`,
    ),
    ...listSome(
      codebook.sameName,
      (s) =>
        `  "${s.incoming.name}": ${s.incoming.id} (${s.source}) vs ` +
        `${s.existing.id} (project)`,
    ),
    `Coders: ${coders.added.length} added` +
      (coders.added.length > 0
        ? ` (${coders.added.map((c) => c.coder.name).join(', ')})`
        : '') +
      `, ${coders.shared.length} in both`,
    `Layers: ${countOf(layers.added, 'coding')} added, ` +
      `${layers.identical} identical, ` +
      `${layers.overwritten.length} overwritten`,
    ...listSome(
      layers.overwritten,
      (o) =>
        `  ${o.recordKey} coder ${o.coderId}: kept ${o.keptFrom} ` +
        `(${o.kept.updatedAt}), overwritten ${o.from} (${o.coding.updatedAt})`,
    ),
    `Consensus: ${consensus.added} added, ${consensus.identical} identical, ` +
      countOf(consensus.conflicts.length, 'conflict'),
    ...(unresolved.length > 0
      ? [
          `Unresolved: ${unresolved.length}`,
          ...listSome(unresolved, (u) => `  ${u.message}`),
        ]
      : []),
    written === null ? 'Nothing written.' : `Wrote ${written}.`,
  ];
  return `${lines.join('\n')}\n`;
}

function listSome<T>(items: readonly T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, SHOWN).map(line);
  return items.length > SHOWN
    ? [...shown, `  … and ${items.length - SHOWN} more (see --json)`]
    : shown;
}
