import { useEffect, useState } from 'react';
import {
  appendCodebook,
  replaceCodebook,
  type Codebook,
  type CodebookContext,
  type CodebookProblem,
  type ImportFormat,
} from '../../../core/codebook';
import type { CodeId } from '../../../core/model/ids';
import { fail, ok, type Result } from '../../../core/model/problem';
import { countOf, plural } from '../../../core/scan';
import { Modal } from '../../components/Modal';
import { describeError, useServices } from '../../app/services';
import type { PickedFile } from '../../platform/types';
import { ProblemTable } from '../import/ProblemTable';
import { useProjectSession } from '../workspace/project-context';
import { loadCodeUsage } from './code-commands';
import { readCodebookFile, type CodebookFileRead } from './codebook-files';
import { ImportPreview } from './ImportPreview';
import { codeProblemFor } from './problems';
import { createContext, type CodebookEditor } from './useCodebookEditor';

type ImportCodebookDialogProps = {
  readonly file: PickedFile;
  readonly editor: CodebookEditor;
  readonly onClose: () => void;
};

type Loaded =
  | { readonly kind: 'reading' }
  | {
      readonly kind: 'read';
      readonly file: CodebookFileRead;
      readonly isUsed: (id: CodeId) => boolean;
    };

type Mode = 'replace' | 'append';

/**
 * Imports a codebook file: shows what it holds and what the reader fixed,
 * then replaces the current codebook or adds the file's codes to it, as
 * one new version.
 */
export function ImportCodebookDialog(props: ImportCodebookDialogProps) {
  const { file, editor } = props;
  const loaded = useReadFile(file);
  const [mode, setMode] = useState<Mode>('replace');
  const { notify, userName } = useServices();
  const title = `Import codebook from “${file.name}”`;

  if (loaded.kind === 'reading') {
    return (
      <Modal title={title} onClose={props.onClose}>
        <p>Reading the file…</p>
      </Modal>
    );
  }
  if (!loaded.file.ok) {
    return (
      <Modal title={title} onClose={props.onClose} wide>
        <p role="alert">
          “{file.name}” could not be read as a codebook. Fix what is listed
          below and import it again.
        </p>
        <ProblemTable
          problems={loaded.file.problems}
          moreProblems={0}
          labelOf={(column) => column}
        />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      </Modal>
    );
  }

  const { format, read } = loaded.file;
  const plan = (base: Codebook, context: CodebookContext) =>
    planImport(mode, format, read.codebook, base, loaded.isUsed, context);
  const trial = plan(editor.codebook, createContext(userName));
  const submit = async () => {
    const outcome = await editor.apply((base, context) => {
      const result = plan(base, context);
      return result.ok ? result : fail(result.error[0]!);
    });
    if (outcome.kind === 'refused') notify('error', outcome.problem.message);
    if (outcome.kind === 'saved') props.onClose();
  };

  return (
    <Modal title={title} onClose={props.onClose} wide>
      <ImportPreview read={read} />
      <fieldset className="import-mode">
        <legend>What to do with it</legend>
        <ModeChoice mode={mode} onChange={setMode} editor={editor} />
      </fieldset>
      <PlanOutcome mode={mode} plan={trial} base={editor.codebook} />
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={editor.isSaving || !trial.ok}
          onClick={() => void submit()}
        >
          {mode === 'replace' ? 'Replace the codebook' : 'Add the codes'}
        </button>
      </div>
    </Modal>
  );
}

function ModeChoice(props: {
  readonly mode: Mode;
  readonly onChange: (mode: Mode) => void;
  readonly editor: CodebookEditor;
}) {
  const { codebook } = props.editor;
  return (
    <>
      <label className="field-inline">
        <input
          type="radio"
          name="import-mode"
          checked={props.mode === 'replace'}
          onChange={() => props.onChange('replace')}
        />
        Replace the current codebook (version {codebook.version},{' '}
        {countOf(codebook.codes.length, 'code')})
      </label>
      <label className="field-inline">
        <input
          type="radio"
          name="import-mode"
          checked={props.mode === 'append'}
          onChange={() => props.onChange('append')}
        />
        Add the file’s codes to the current codebook
      </label>
    </>
  );
}

type Plan = Result<Codebook, readonly CodebookProblem[]>;

/** What the chosen mode would do, worked out before anything is saved. */
function PlanOutcome(props: {
  readonly mode: Mode;
  readonly plan: Plan;
  readonly base: Codebook;
}) {
  const { plan, base } = props;
  if (!plan.ok) {
    return (
      <div className="import-refusal" role="alert">
        <p>This cannot be done as it stands:</p>
        <ul>
          {plan.error.map((problem, index) => (
            <li key={index}>{problem.message}</li>
          ))}
        </ul>
      </div>
    );
  }
  const next = plan.value;
  const known = new Set(base.codes.map((code) => code.id));
  const added = next.codes.filter((code) => !known.has(code.id)).length;
  return (
    <p className="hint" data-testid="import-outcome">
      {props.mode === 'replace'
        ? `The codebook becomes version ${next.version} with ` +
          `${countOf(next.codes.length, 'code')} ` +
          `and ${countOf(next.sets.length, 'set')}. `
        : `Adds ${added} new ${plural(added, 'code', 'codes')} as version ` +
          `${next.version}. `}
      An import cannot be undone; export the current codebook first if you may
      want it back.
    </p>
  );
}

/** The codebook an import makes of `base`, or why it cannot. */
function planImport(
  mode: Mode,
  format: ImportFormat,
  imported: Codebook,
  base: Codebook,
  isUsed: (id: CodeId) => boolean,
  context: CodebookContext,
): Plan {
  if (mode === 'replace') {
    return replaceCodebook(base, imported, format, isUsed, context);
  }
  const appended = appendCodebook(base, imported, format, context);
  return appended.ok ? ok(appended.value.codebook) : appended;
}

function useReadFile(file: PickedFile): Loaded {
  const { repository, userName } = useServices();
  const { meta } = useProjectSession();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'reading' });

  useEffect(() => {
    let isCurrent = true;
    const read = async (): Promise<Loaded> => {
      const [result, isUsed] = await Promise.all([
        readCodebookFile(file, createContext(userName)),
        loadCodeUsage(repository, meta.id),
      ]);
      return { kind: 'read', file: result, isUsed };
    };
    read()
      .catch((error: unknown): Loaded => ({
        kind: 'read',
        isUsed: () => true,
        file: {
          ok: false,
          problems: [
            codeProblemFor(
              'CODEBOOK_FILE_UNREADABLE',
              `“${file.name}” could not be read: ${describeError(error)}`,
            ),
          ],
        },
      }))
      .then((next) => {
        if (isCurrent) setLoaded(next);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [file, repository, userName, meta.id]);

  return loaded;
}
