import type { CoderId } from '../model/ids';
import type { ProjectSettings } from '../model/project';
import type { ProjectSnapshot } from '../model/snapshot';
import { isProjectLead } from './leads';

/** Who is looking at layers, and whether they may act as lead. */
export type LayerViewer = {
  readonly coderId: CoderId;
  readonly isLead: boolean;
};

/** The viewer as the project's settings see them. */
export function describeViewer(
  settings: ProjectSettings,
  coderId: CoderId,
): LayerViewer {
  return { coderId, isLead: isProjectLead(settings, coderId) };
}

/**
 * Whether `viewer` may see the layer of `layerCoderId`, in the UI and in
 * what they export. Blind mode off: every layer. Blind mode on: a lead
 * sees every layer, any other coder only their own.
 */
export function canSeeLayer(
  settings: ProjectSettings,
  viewer: LayerViewer,
  layerCoderId: CoderId,
): boolean {
  return (
    !settings.blindMode || viewer.isLead || viewer.coderId === layerCoderId
  );
}

/**
 * Whether `viewer` may see the consensus layer. Under blind mode a coder
 * who is not a lead does not: adjudicated decisions would reveal how
 * others coded.
 */
export function canSeeConsensus(
  settings: ProjectSettings,
  viewer: LayerViewer,
): boolean {
  return !settings.blindMode || viewer.isLead;
}

/** The codings (of any coders) `viewer` may see, in their order. */
export function filterVisibleCodings<T extends { readonly coderId: CoderId }>(
  codings: readonly T[],
  settings: ProjectSettings,
  viewer: LayerViewer,
): T[] {
  return codings.filter((coding) =>
    canSeeLayer(settings, viewer, coding.coderId),
  );
}

/**
 * The snapshot as `viewerId` may see and export it: under blind mode a
 * coder who is not a lead keeps only their own layer and no consensus.
 * Records, codebook and the coder list stay whole (names are not codings).
 * Exporters call this before writing anything.
 */
export function filterSnapshotForViewer(
  snapshot: ProjectSnapshot,
  viewerId: CoderId,
): ProjectSnapshot {
  const { settings } = snapshot.meta;
  const viewer = describeViewer(settings, viewerId);
  if (!settings.blindMode || viewer.isLead) return snapshot;

  return {
    ...snapshot,
    layers: filterVisibleCodings(snapshot.layers, settings, viewer),
    consensus: canSeeConsensus(settings, viewer) ? snapshot.consensus : [],
  };
}
