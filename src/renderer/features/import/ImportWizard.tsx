import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectMeta } from '../../../core/model/project';
import { plural } from '../../../core/scan';
import type { PickedFile } from '../../platform/types';
import { Modal } from '../../components/Modal';
import { ProgressBar } from '../../components/ProgressBar';
import { useServices } from '../../app/services';
import type {
  ConflictResolution,
  ReimportSummary,
  ScanPreview,
} from '../../workers/import-protocol';
import { createImportSession, type ImportSession } from './import-session';
import { ScanPreviewView } from './ScanPreviewView';
import { ParseOptions } from './ParseOptions';
import { KeyChoice } from './KeyChoice';
import { ReimportReview } from './ReimportReview';
import { ImportActions } from './ImportActions';
import { findImportBlock, GENERATED_KEYS } from './import-checks';
import { useKeyCheck } from './useKeyCheck';
import { backupBeforeChange } from '../backups/backup-actions';

export type ImportMode =
  | { readonly kind: 'new' }
  | { readonly kind: 'reimport'; readonly project: ProjectMeta };

type ImportWizardProps = {
  readonly file: PickedFile;
  readonly mode: ImportMode;
  /** Project name offered instead of one made from the file name. */
  readonly suggestedName?: string;
  readonly onDone: (projectId: string) => void;
  readonly onCancel: () => void;
};

type Step =
  | {
      readonly kind: 'working';
      readonly stage: string;
      readonly fraction: number | null;
    }
  | { readonly kind: 'preview'; readonly preview: ScanPreview }
  | {
      readonly kind: 'review';
      readonly preview: ScanPreview;
      readonly summary: ReimportSummary;
    }
  | { readonly kind: 'failed'; readonly message: string };

/** Preview → key → commit, for a new project or a newer version of one. */
export function ImportWizard({
  file,
  mode,
  suggestedName,
  onDone,
  onCancel,
}: ImportWizardProps) {
  const services = useServices();
  const { userName, coder } = services;
  const [useStarter, setUseStarter] = useState(true);
  const session = useRef<ImportSession | null>(null);
  const [step, setStep] = useState<Step>({
    kind: 'working',
    stage: 'Reading file',
    fraction: null,
  });
  const [encoding, setEncoding] = useState<string | null>(null);
  const [delimiter, setDelimiter] = useState<string | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [keyColumn, setKeyColumn] = useState<string>(GENERATED_KEYS);
  const [name, setName] = useState(
    suggestedName ?? defaultName(file.name, mode),
  );
  const fail = useCallback(
    (message: string) => setStep({ kind: 'failed', message }),
    [],
  );
  const preview = step.kind === 'preview' ? step.preview : null;
  const [keyCheck, setKeyCheck] = useKeyCheck(
    session,
    preview,
    keyColumn,
    fail,
  );

  const progress = (stage: string, fraction: number | null) =>
    setStep({ kind: 'working', stage, fraction });

  useEffect(() => {
    const current = createImportSession();
    session.current = current;
    void current
      .send(
        {
          type: 'parse',
          fileName: file.name,
          bytes: file.bytes.slice(),
          encoding,
          delimiter,
          sheet,
        },
        progress,
      )
      .then((response) => {
        if (response.type === 'parsed') {
          setStep({ kind: 'preview', preview: response.preview });
          setKeyColumn(initialKey(response.preview, mode));
        } else if (response.type === 'failed') {
          setStep({ kind: 'failed', message: response.message });
        }
      });
    return () => current.cancel();
  }, [file, encoding, delimiter, sheet, mode]);

  const commit = async (preview: ScanPreview) => {
    const key = keyColumn === GENERATED_KEYS ? null : keyColumn;
    const active = session.current;
    if (!active || findImportBlock(preview, keyColumn, keyCheck)) return;

    const response =
      mode.kind === 'new'
        ? await active.send(
            {
              type: 'commit-new',
              projectName: name.trim() || file.name,
              keyColumn: key,
              userName,
              coderId: coder.id,
              useStarterCodebook: useStarter,
            },
            progress,
          )
        : await active.send(
            {
              type: 'plan-reimport',
              projectId: mode.project.id,
              keyColumn: key,
            },
            progress,
          );
    if (response.type === 'committed') onDone(response.projectId);
    else if (response.type === 'planned')
      setStep({ kind: 'review', preview, summary: response.summary });
    else if (response.type === 'key-problems') {
      const { problems, moreProblems } = response;
      setKeyCheck({ preview, column: keyColumn, problems, moreProblems });
      setStep({ kind: 'preview', preview });
    } else if (response.type === 'failed')
      setStep({ kind: 'failed', message: response.message });
  };

  const applyReimport = async (resolution: ConflictResolution) => {
    const active = session.current;
    if (mode.kind !== 'reimport' || !active) return;

    progress('Backing up the project', null);
    await backupBeforeChange(services, mode.project.id, 'reimport');
    const response = await active.send(
      {
        type: 'commit-reimport',
        projectId: mode.project.id,
        userName,
        resolution,
      },
      progress,
    );
    if (response.type === 'committed') onDone(response.projectId);
    else if (response.type === 'failed')
      setStep({ kind: 'failed', message: response.message });
  };

  const title =
    mode.kind === 'new'
      ? 'Import scan'
      : `Re-import into “${mode.project.name}”`;

  return (
    <Modal title={title} onClose={onCancel} wide>
      {step.kind === 'working' && (
        <ProgressBar
          fraction={step.fraction}
          label={step.stage}
          onCancel={() => {
            session.current?.cancel();
            onCancel();
          }}
        />
      )}
      {step.kind === 'failed' && (
        <div>
          <p role="alert">{step.message}</p>
          <p>The project was not changed.</p>
          <div className="actions">
            <button type="button" onClick={onCancel}>
              Close
            </button>
          </div>
        </div>
      )}
      {step.kind === 'preview' && (
        <form
          className="import-form"
          onSubmit={(event) => {
            event.preventDefault();
            void commit(step.preview);
          }}
        >
          <ParseOptions
            preview={step.preview}
            encoding={encoding}
            delimiter={delimiter}
            onEncoding={setEncoding}
            onDelimiter={setDelimiter}
            onSheet={setSheet}
          />
          <ScanPreviewView
            preview={step.preview}
            keyColumn={keyColumn}
            keyCheck={keyCheck}
          />
          <div className="import-choices">
            {mode.kind === 'new' && (
              <label className="field">
                Project name
                <input
                  value={name}
                  maxLength={200}
                  onChange={(event) => setName(event.target.value)}
                />
              </label>
            )}
            {mode.kind === 'new' && (
              <label className="field-inline">
                <input
                  type="checkbox"
                  checked={useStarter}
                  onChange={(event) => setUseStarter(event.target.checked)}
                />
                Start with the starter codebook (Equity; Architecture of
                schooling)
              </label>
            )}
            <KeyChoice
              preview={step.preview}
              value={keyColumn}
              onChange={setKeyColumn}
            />
          </div>
          <ImportActions
            label={
              mode.kind === 'new'
                ? `Import ${countRecords(step.preview.rowCount)}`
                : 'Compare with project'
            }
            block={findImportBlock(step.preview, keyColumn, keyCheck)}
            onCancel={onCancel}
          />
        </form>
      )}
      {step.kind === 'review' && (
        <ReimportReview
          summary={step.summary}
          onApply={(resolution) => void applyReimport(resolution)}
          onCancel={onCancel}
        />
      )}
    </Modal>
  );
}

function defaultName(fileName: string, mode: ImportMode): string {
  if (mode.kind === 'reimport') return mode.project.name;

  return fileName.replace(/\.(csv|tsv|txt|xlsx)$/i, '');
}

function initialKey(preview: ScanPreview, mode: ImportMode): string {
  if (mode.kind === 'reimport') return mode.project.keyColumn ?? GENERATED_KEYS;

  return preview.keyCandidates[0] ?? GENERATED_KEYS;
}

function countRecords(count: number): string {
  return `${count.toLocaleString()} ${plural(count, 'record', 'records')}`;
}
