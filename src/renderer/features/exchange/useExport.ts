import { useEffect, useState } from 'react';
import type { Problem } from '../../../core/model/problem';
import { describeError, useServices } from '../../app/services';
import type { FileFilter } from '../../platform/types';
import type { CsvChoice, ExportFormat } from '../../workers/exchange-protocol';
import { exportFileName, exportFilter, type NameParts } from './export-formats';
import { readLastExport, recordLastExport } from './last-export';
import type { ExchangeTasks } from './useExchangeTasks';

/** An export written by the worker, not saved yet. */
type Prepared = {
  readonly bytes: Uint8Array;
  readonly warnings: readonly Problem[];
  readonly fileName: string;
  readonly filter: FileFilter;
  readonly isCodedFile: boolean;
};

export type ExportOutcome =
  | { readonly kind: 'warnings'; readonly prepared: Prepared }
  | {
      readonly kind: 'saved';
      readonly location: string;
      readonly warnings: readonly Problem[];
    }
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] }
  | { readonly kind: 'failed'; readonly message: string };

export type ExportFlow = {
  readonly outcome: ExportOutcome | null;
  /** When a coded file of this project was last saved from here. */
  readonly lastExport: string | null;
  readonly start: (
    format: ExportFormat,
    csv: CsvChoice,
    names: NameParts,
  ) => Promise<void>;
  /** Saves an export held back for its warnings. */
  readonly saveAnyway: () => Promise<void>;
  readonly dismiss: () => void;
};

/**
 * Export → (warnings? ask) → save. The worker writes the file; an export
 * with warnings (e.g. cells too long for Excel) waits for the user
 * before it is saved, and its warnings stay listed after saving. Saving a
 * coded file notes the time for the export reminder.
 */
export function useExport(
  project: { readonly id: string; readonly name: string },
  tasks: ExchangeTasks,
): ExportFlow {
  const projectId = project.id;
  const { platform, settings, coder, userName } = useServices();
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [lastExport, setLastExport] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    readLastExport(settings, projectId).then(
      (at) => isCurrent && setLastExport(at),
      // Unreadable settings only mean "never exported" is shown.
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [settings, projectId]);

  const save = async (prepared: Prepared) => {
    try {
      const saved = await platform.saveFile({
        suggestedName: prepared.fileName,
        filters: [prepared.filter],
        data: prepared.bytes,
      });
      if (!saved.saved) {
        setOutcome(null);
        return;
      }
      if (prepared.isCodedFile) {
        const at = new Date().toISOString();
        await recordLastExport(settings, projectId, at);
        setLastExport(at);
      }
      setOutcome({
        kind: 'saved',
        location: saved.location,
        warnings: prepared.warnings,
      });
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeError(error) });
    }
  };

  const start = async (
    format: ExportFormat,
    csv: CsvChoice,
    names: NameParts,
  ) => {
    setOutcome(null);
    const response = await tasks.run(
      {
        type: 'export',
        projectId,
        viewerId: coder.id,
        format,
        csv,
        exportedAt: new Date().toISOString(),
        exportedBy: userName,
      },
      'Preparing the export',
    );
    if (response.type === 'exported') {
      const prepared: Prepared = {
        bytes: response.bytes,
        warnings: response.warnings,
        fileName: exportFileName(project.name, format, csv, names),
        filter: exportFilter(format, csv),
        isCodedFile: format.kind === 'coded',
      };
      if (prepared.warnings.length > 0) {
        setOutcome({ kind: 'warnings', prepared });
      } else {
        await save(prepared);
      }
    } else if (response.type === 'export-refused') {
      setOutcome({ kind: 'refused', problems: response.problems });
    } else if (response.type === 'failed') {
      setOutcome({ kind: 'failed', message: response.message });
    }
  };

  const saveAnyway = async () => {
    if (outcome?.kind === 'warnings') await save(outcome.prepared);
  };

  return {
    outcome,
    lastExport,
    start,
    saveAnyway,
    dismiss: () => setOutcome(null),
  };
}
