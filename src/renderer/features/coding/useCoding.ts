import { useMemo } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';
import {
  buildCodingKeymap,
  canSeeLayer,
  type CodingKeyAction,
  type CodingProgress,
} from '../../../core/coding';
import type {
  Coder,
  CodingChange,
  RecordCoding,
} from '../../../core/model/coding';
import type { ProjectMeta } from '../../../core/model/project';
import { asRecordKey } from '../../../core/model/ids';
import { useServices } from '../../app/services';
import type { GridRow } from '../grid/grid-row';
import type { RecordFilter } from '../grid/RecordGrid';
import { useProjectSession } from '../workspace/project-context';
import type { CodingHost } from '../workspace/replay';
import type { RecordSelection } from '../workspace/useRecordSelection';
import { createCodeLookup, type CodeLookup } from './code-lookup';
import { useAssignedRecords } from './useAssignedRecords';
import { useCodingActions, type CodingActions } from './useCodingActions';
import { useCodingFilters, type CodingFilters } from './useCodingFilters';
import { useCodingLayers, type CodingLayers } from './useCodingLayers';
import { useCodingColumns } from './useCodingColumns';
import { useCodingHost } from './useCodingHost';
import { useCodingLoop } from './useCodingLoop';
import { useCodingProgress } from './useCodingProgress';

type ApiRef = { readonly current: GridApi<GridRow> | null };

export type CodingInput = {
  readonly meta: ProjectMeta;
  readonly rows: readonly GridRow[];
  readonly apiRef: ApiRef;
  readonly hostRef: { current: CodingHost | null };
  readonly onCodingChange: (change: CodingChange) => void;
  readonly selection: RecordSelection;
  /** The Records view is showing (its keys are live only then). */
  readonly isActive: boolean;
};

/** Another visible coder's entry for the selected record. */
export type OtherCoding = {
  readonly coder: Coder;
  readonly entry: RecordCoding | undefined;
};

export type CodingWorkbench = {
  readonly columns: readonly ColDef<GridRow>[];
  readonly recordFilter: RecordFilter | null;
  readonly filters: CodingFilters;
  readonly visibleCoders: readonly Coder[];
  readonly progress: CodingProgress;
  readonly actions: CodingActions;
  readonly canCode: boolean;
  readonly keymap: ReadonlyMap<string, CodingKeyAction>;
  readonly lookup: CodeLookup;
  readonly own: RecordCoding | null;
  readonly others: readonly OtherCoding[];
};

/**
 * Everything the Records view needs to code: the local coder's layer and
 * the layers the visibility rules (blind mode) let them see, the grid's
 * coding columns and filters, progress, actions and the keyboard loop.
 */
export function useCoding(input: CodingInput): CodingWorkbench {
  const { meta, apiRef, selection, isActive } = input;
  const session = useProjectSession();
  const { coder } = useServices();
  const { codebook, coders } = session;
  const visibleCoders = useMemo(
    () => listVisibleCoders(coders, coder, meta, session.isLead),
    [coders, coder, meta, session.isLead],
  );
  const others = useMemo(
    () => visibleCoders.filter((each) => each.id !== coder.id),
    [visibleCoders, coder.id],
  );
  const otherIds = useMemo(() => others.map((each) => each.id), [others]);
  // Merging two codes rewrites codings in storage: read the layers again.
  const aliasKey = useMemo(
    () => Object.keys(codebook.aliases).sort().join(','),
    [codebook.aliases],
  );
  const layers = useCodingLayers(meta.id, coder.id, otherIds, aliasKey);
  const { samples, assigned } = useAssignedRecords(meta.id, coder.id, isActive);
  const ownId = coder.id;
  const filters = useCodingFilters({
    codebook,
    ownId,
    visibleCoders,
    layers,
    assigned,
  });
  const canCode = layers.isLoaded && coders.some((each) => each.id === ownId);
  const actions = useCodingActions({
    codebook,
    coderId: ownId,
    own: layers.own,
    canCode,
    onCodingChange: input.onCodingChange,
  });
  const keymap = useMemo(() => buildCodingKeymap(codebook), [codebook]);
  const lookup = useMemo(() => createCodeLookup(codebook), [codebook]);
  useCodingLoop({
    keymap,
    actions,
    own: layers.own,
    apiRef,
    selection,
    isActive,
  });
  const isOwnLayerShown = filters.viewedCoderId === ownId;
  useCodingHost({ ...input, coder, coders, layers, isOwnLayerShown });
  const columns = useCodingColumns(
    apiRef,
    filters,
    visibleCoders,
    ownId,
    lookup,
  );
  const progress = useCodingProgress(ownId, input.rows, samples, layers);

  const key = selection.selectedKey;
  return {
    columns,
    recordFilter: filters.recordFilter,
    filters,
    visibleCoders,
    progress,
    actions,
    canCode,
    keymap,
    lookup,
    own: key === null ? null : (layers.own.get(asRecordKey(key)) ?? null),
    others: listOtherCodings(others, layers, key),
  };
}

/**
 * The viewer and every coder whose layer they may see (blind mode: a
 * coder who is not a lead sees only their own). The viewer is listed
 * even before the project's roster has caught up with a coder switch.
 */
function listVisibleCoders(
  coders: readonly Coder[],
  viewer: Coder,
  meta: ProjectMeta,
  isLead: boolean,
): Coder[] {
  const visible = coders.filter((each) =>
    canSeeLayer(meta.settings, { coderId: viewer.id, isLead }, each.id),
  );
  return visible.some((each) => each.id === viewer.id)
    ? visible
    : [viewer, ...visible];
}

function listOtherCodings(
  others: readonly Coder[],
  layers: CodingLayers,
  recordKey: string | null,
): OtherCoding[] {
  return others.map((coder) => ({
    coder,
    entry:
      recordKey === null
        ? undefined
        : layers.others.get(coder.id)?.get(asRecordKey(recordKey)),
  }));
}
