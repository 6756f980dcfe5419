import { useMemo, useState } from 'react';
import type { Codebook } from '../../../core/codebook';
import {
  createCodingMatcher,
  NO_CODING_FILTER,
  type CodingFilter,
  type Layer,
} from '../../../core/coding';
import type { Coder } from '../../../core/model/coding';
import type { CoderId, RecordKey } from '../../../core/model/ids';
import type { RecordFilter } from '../grid/RecordGrid';
import type { CodingLayers } from './useCodingLayers';

export type CodingFilters = {
  readonly filter: CodingFilter;
  readonly setFilter: (filter: CodingFilter) => void;
  /** Whose layer the grid's coding columns and filters use. */
  readonly viewedCoderId: CoderId;
  readonly viewedLayer: Layer;
  readonly setViewedCoderId: (coderId: CoderId) => void;
  readonly isAssignedOnly: boolean;
  readonly setAssignedOnly: (isAssignedOnly: boolean) => void;
  /** What the grid applies beyond its quick search; null = nothing. */
  readonly recordFilter: RecordFilter | null;
};

type FilterInput = {
  readonly codebook: Codebook;
  readonly ownId: CoderId;
  /** Coders whose layers the viewer may see, the viewer among them. */
  readonly visibleCoders: readonly Coder[];
  readonly layers: CodingLayers;
  readonly assigned: ReadonlySet<RecordKey>;
};

/**
 * The grid's coding filters: by code and status in one coder's layer
 * (the viewer's own unless they pick another visible one), and "assigned
 * to me". A record does not leave the view the moment it is coded; the
 * filter applies again when it changes, so the keyboard loop keeps its
 * place.
 */
export function useCodingFilters(input: FilterInput): CodingFilters {
  const { codebook, ownId, visibleCoders, layers, assigned } = input;
  const [filter, setFilter] = useState<CodingFilter>(NO_CODING_FILTER);
  const [chosenId, setViewedCoderId] = useState<CoderId>(ownId);
  const [isAssignedOnly, setAssignedOnly] = useState(false);

  // A coder hidden by blind mode since being picked falls back to the
  // viewer's own layer.
  const isVisible = visibleCoders.some((coder) => coder.id === chosenId);
  const viewedCoderId = isVisible ? chosenId : ownId;
  const viewedLayer =
    viewedCoderId === ownId
      ? layers.own
      : (layers.others.get(viewedCoderId) ?? EMPTY_LAYER);

  const matcher = useMemo(
    () => createCodingMatcher(codebook, filter),
    [codebook, filter],
  );
  const recordFilter = useMemo<RecordFilter | null>(() => {
    if (matcher === null && !isAssignedOnly) return null;

    return (key) =>
      (!isAssignedOnly || assigned.has(key as RecordKey)) &&
      (matcher === null || matcher(viewedLayer.get(key as RecordKey)));
  }, [matcher, isAssignedOnly, assigned, viewedLayer]);

  return {
    filter,
    setFilter,
    viewedCoderId,
    viewedLayer,
    setViewedCoderId,
    isAssignedOnly,
    setAssignedOnly,
    recordFilter,
  };
}

const EMPTY_LAYER: Layer = new Map();
