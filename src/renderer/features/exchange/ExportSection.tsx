import { useState } from 'react';
import {
  canSeeConsensus,
  canSeeLayer,
  describeViewer,
} from '../../../core/coding';
import { listDecisionCodes } from '../../../core/export';
import type { Coder } from '../../../core/model/coding';
import type { CoderId } from '../../../core/model/ids';
import type { ProjectSettings } from '../../../core/model/project';
import { useServices } from '../../app/services';
import { useProjectSession } from '../workspace/project-context';
import type {
  CsvChoice,
  ExportFormat,
  ExportKind,
  ExportSource,
} from '../../workers/exchange-protocol';
import { CsvOptionsFields } from './CsvOptionsFields';
import { DEFAULT_CSV, describeFormat } from './export-formats';
import { ExportOptions, type Option } from './ExportOptions';
import { ExportResult } from './ExportResult';
import type { ExchangeTasks } from './useExchangeTasks';
import { useExport } from './useExport';

const CONSENSUS = 'consensus';

/** The Export section: pick a format and options, then save the file. */
export function ExportSection({ tasks }: { readonly tasks: ExchangeTasks }) {
  const { coder } = useServices();
  const { meta, codebook, coders, isLead } = useProjectSession();
  const flow = useExport(meta, tasks);
  const [kind, setKind] = useState<ExportKind>('coded');
  const [source, setSource] = useState<string>(coder.id);
  const [code, setCode] = useState<string>('');
  const [csv, setCsv] = useState<CsvChoice>(DEFAULT_CSV);

  const sources = listSources(meta.settings, coders, coder.id);
  const codes: Option[] = listDecisionCodes(codebook).map((each) => ({
    value: each.id,
    label: each.name,
  }));
  const chosenCode = code || codes[0]?.value || '';
  const format = describeFormat(kind);
  const isBlind = meta.settings.blindMode && !isLead;
  const isBusy = tasks.progress !== null;
  const canExport = !isBusy && (!format.needsCode || chosenCode !== '');

  const exportNow = () => {
    const picked: ExportSource =
      source === CONSENSUS
        ? { kind: 'consensus' }
        : { kind: 'coder', coderId: source };
    const request = buildFormat(kind, picked, chosenCode);
    const names = {
      source:
        source === CONSENSUS
          ? 'Consensus'
          : coders.find((each) => each.id === source)?.name,
      code: codes.find((each) => each.value === chosenCode)?.label,
    };
    void flow.start(request, csv, names);
  };

  return (
    <section className="exchange-section" aria-labelledby="exchange-export">
      <h3 id="exchange-export">Export</h3>
      {isBlind && (
        <p className="read-only-note" role="note">
          Blind mode is on: what you export holds your own codings only, and no
          consensus.
        </p>
      )}
      <ExportOptions
        kind={kind}
        onKind={(next) => {
          setKind(next);
          flow.dismiss();
        }}
        sources={sources}
        source={source}
        onSource={setSource}
        codes={codes}
        code={chosenCode}
        onCode={setCode}
      />
      {format.isCsv && <CsvOptionsFields value={csv} onChange={setCsv} />}
      {format.needsCode && codes.length === 0 && (
        <p className="hint">The codebook has no code to export yet.</p>
      )}
      <div className="actions exchange-actions">
        <button
          type="button"
          className="primary"
          disabled={!canExport}
          onClick={exportNow}
        >
          Export {format.label}…
        </button>
      </div>
      <ExportResult flow={flow} />
      <p className="hint" data-testid="last-export">
        {flow.lastExport === null
          ? 'No coded file of this project has been exported from here yet.'
          : `Coded file last exported ${new Date(flow.lastExport).toLocaleString()}.`}
      </p>
    </section>
  );
}

/** Whose codings the viewer may export: visible layers, maybe consensus. */
function listSources(
  settings: ProjectSettings,
  coders: readonly Coder[],
  viewerId: CoderId,
): Option[] {
  const viewer = describeViewer(settings, viewerId);
  const sources: Option[] = coders
    .filter((each) => canSeeLayer(settings, viewer, each.id))
    .map((each) => ({
      value: each.id,
      label: `${each.name} (${each.initials})`,
    }));
  if (canSeeConsensus(settings, viewer)) {
    sources.push({ value: CONSENSUS, label: 'Consensus' });
  }
  return sources;
}

function buildFormat(
  kind: ExportKind,
  source: ExportSource,
  codeId: string,
): ExportFormat {
  switch (kind) {
    case 'wide':
    case 'xlsx':
      return { kind, source };
    case 'matrix':
      return { kind, codeId };
    default:
      return { kind };
  }
}
