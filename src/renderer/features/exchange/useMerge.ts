import { useState } from 'react';
import type { MergeResolutions } from '../../../core/merge';
import { describeError, useServices } from '../../app/services';
import type { RefusedFile } from '../../workers/exchange-protocol';
import { backupBeforeChange } from '../backups/backup-actions';
import { useProjectSession } from '../workspace/project-context';
import { readMergeHistory, type MergeHistory } from './merge-history';
import { rememberMergeLog } from './merge-logs';
import type { MergePreview } from './merge-preview';
import type { ExchangeTasks } from './useExchangeTasks';

export type MergeStep =
  | { readonly kind: 'idle' }
  | { readonly kind: 'refused'; readonly files: readonly RefusedFile[] }
  | { readonly kind: 'preview'; readonly preview: MergePreview }
  | { readonly kind: 'failed'; readonly message: string };

export type MergeFlow = {
  readonly step: MergeStep;
  readonly resolutions: MergeResolutions;
  readonly setResolutions: (next: MergeResolutions) => void;
  /** Why the last apply stopped: choices found missing on the way. */
  readonly missing: readonly string[] | null;
  /** Why the last apply failed; the preview stays for another try. */
  readonly alert: string | null;
  readonly pick: () => Promise<void>;
  readonly apply: () => Promise<void>;
  readonly close: () => void;
};

export const CODED_FILE_FILTERS = [
  { name: 'Podscan coded files', extensions: ['json'] },
] as const;

/**
 * Pick files → dry-run preview with choices → apply in one transaction →
 * reload the project. A refused file stops the pick and changes nothing.
 */
export function useMerge(
  tasks: ExchangeTasks,
  onReload: () => void,
): MergeFlow {
  const services = useServices();
  const { platform, repository, notify, userName } = services;
  const session = useProjectSession();
  const projectId = session.meta.id;
  const [step, setStep] = useState<MergeStep>({ kind: 'idle' });
  const [resolutions, setResolutions] = useState<MergeResolutions>({});
  const [missing, setMissing] = useState<readonly string[] | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  const pick = async () => {
    let files;
    try {
      files = await platform.openFiles({
        title: 'Merge coded files',
        filters: CODED_FILE_FILTERS,
      });
    } catch (error) {
      setStep({ kind: 'failed', message: describeError(error) });
      return;
    }
    if (files.length === 0) return;

    setResolutions({});
    setMissing(null);
    const response = await tasks.run(
      {
        type: 'plan-merge',
        projectId,
        files: files.map((file) => ({
          name: file.name,
          bytes: file.bytes.slice(),
        })),
      },
      'Checking the files',
    );
    if (response.type === 'planned') {
      setStep({ kind: 'preview', preview: response.preview });
    } else if (response.type === 'refused') {
      setStep({ kind: 'refused', files: response.files });
    } else if (response.type === 'failed') {
      setStep({ kind: 'failed', message: response.message });
    }
  };

  const finish = async (seq: number, sources: readonly string[]) => {
    await Promise.all([
      session.refreshMeta(),
      session.refreshCodebook(),
      session.refreshCoders(),
    ]);
    notify(
      'info',
      `Merged ${sources.join(', ')} (change ${seq}). Undo merge and the ` +
        'merge report are on the Exchange tab.',
    );
    onReload();
  };

  const apply = async () => {
    setMissing(null);
    setAlert(null);
    const before = await readMergeHistory(repository, projectId);
    await backupBeforeChange(services, projectId, 'merge');
    const response = await tasks.run(
      { type: 'apply-merge', projectId, resolutions, actor: userName },
      'Merging',
    );
    if (response.type === 'merged') {
      if (response.seq === null) {
        setStep({ kind: 'idle' });
        notify(
          'info',
          'Nothing to change: the project already holds everything in ' +
            'these files.',
        );
        return;
      }
      rememberMergeLog({ projectId, ...response, seq: response.seq });
      await finish(response.seq, response.sources);
    } else if (response.type === 'unresolved') {
      setMissing(response.messages);
    } else if (response.type === 'failed') {
      await recoverFailed(response.message, before);
    }
  };

  // A cancel can arrive just after the transaction committed: then the
  // merge is there and the project must be shown merged.
  const recoverFailed = async (message: string, before: MergeHistory) => {
    const after = await readMergeHistory(repository, projectId).catch(
      () => before,
    );
    const landed =
      after.kind === 'undoable' &&
      (before.kind === 'none' || before.merge.seq !== after.merge.seq);
    if (landed) {
      await finish(after.merge.seq, after.merge.sources);
      return;
    }
    setAlert(message);
  };

  return {
    step,
    resolutions,
    setResolutions,
    missing,
    alert,
    pick: () =>
      pick().catch((error: unknown) =>
        setStep({ kind: 'failed', message: describeError(error) }),
      ),
    apply: () =>
      apply().catch((error: unknown) => setAlert(describeError(error))),
    close: () => {
      setStep({ kind: 'idle' });
      setMissing(null);
      setAlert(null);
    },
  };
}
