import type { CodeId } from '../model/ids';
import type { Problem } from '../model/problem';
import { sortCodesInTreeOrder } from './tree';
import type {
  Code,
  Codebook,
  CodebookChangeDetail,
  CodebookContext,
  CodebookProblem,
  CodeSet,
} from './types';

/** An empty codebook at version 1, its creation on record. */
export function createCodebook(
  context: Pick<CodebookContext, 'actor' | 'clock'>,
): Codebook {
  return {
    version: 1,
    codes: [],
    sets: [],
    aliases: {},
    history: [
      {
        version: 1,
        at: context.clock(),
        actor: context.actor,
        detail: { kind: 'create' },
      },
    ],
  };
}

/** A codebook read from a file: version 1, the import on record. */
export function createImportedCodebook(
  codes: readonly Code[],
  sets: readonly CodeSet[],
  format: 'qdc' | 'table',
  context: Pick<CodebookContext, 'actor' | 'clock'>,
): Codebook {
  const detail = {
    kind: 'import',
    format,
    codeCount: codes.length,
    setCount: sets.length,
  } as const;
  return {
    version: 1,
    codes: sortCodesInTreeOrder(codes),
    sets,
    aliases: {},
    history: [
      { version: 1, at: context.clock(), actor: context.actor, detail },
    ],
  };
}

export type CodebookParts = {
  readonly codes?: readonly Code[];
  readonly sets?: readonly CodeSet[];
  readonly aliases?: Readonly<Record<string, CodeId>>;
};

/**
 * The codebook with `parts` replaced, the version bumped and the change
 * appended to the history. Every operation ends here.
 */
export function commitChange(
  codebook: Codebook,
  parts: CodebookParts,
  detail: CodebookChangeDetail,
  context: Pick<CodebookContext, 'actor' | 'clock'>,
): Codebook {
  const version = codebook.version + 1;
  return {
    version,
    codes: sortCodesInTreeOrder(parts.codes ?? codebook.codes),
    sets: parts.sets ?? codebook.sets,
    aliases: parts.aliases ?? codebook.aliases,
    history: [
      ...codebook.history,
      { version, at: context.clock(), actor: context.actor, detail },
    ],
  };
}

/** A blocking problem about one code, for operation results. */
export function codeProblem(
  code: string,
  message: string,
  codeId?: CodeId,
  column: string | null = null,
): CodebookProblem {
  const problem: Problem = {
    row: null,
    column,
    code,
    message,
    severity: 'error',
  };
  return codeId === undefined ? problem : { ...problem, codeId };
}

/** The message naming a code that does not exist. */
export function codeNotFound(id: CodeId): CodebookProblem {
  return codeProblem(
    'CODE_NOT_FOUND',
    `No code has the GUID ${id}; reload the codebook and try again.`,
    id,
  );
}

/** A problem of any severity, as importers report what they repaired. */
export function codebookNote(
  code: string,
  message: string,
  severity: Problem['severity'],
  codeId?: CodeId,
  column: string | null = null,
): CodebookProblem {
  return { ...codeProblem(code, message, codeId, column), severity };
}
