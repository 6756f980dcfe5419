import type { CoderId, ColumnKey, ProjectId } from './ids';
import type { Column, ImportBatch } from './scan';

/**
 * Grid layout as the grid reports it (column order, width, visibility,
 * pinning, sort). Opaque to core; stored per project.
 */
export type GridLayout = {
  readonly columns: readonly GridColumnState[];
};

export type GridColumnState = {
  readonly colId: string;
  readonly width?: number;
  readonly hide?: boolean;
  readonly pinned?: 'left' | 'right' | null;
  readonly sort?: 'asc' | 'desc' | null;
  readonly sortIndex?: number | null;
};

export type ProjectSettings = {
  /** When on, a coder sees and exports only their own layer. */
  readonly blindMode: boolean;
  /**
   * Coders who may act as lead (codebook, samples, blind mode,
   * adjudication). Absent or empty in projects saved before coders
   * existed; see `isProjectLead` in core/coding for what that means.
   */
  readonly leads?: readonly CoderId[];
};

export type ProjectMeta = {
  readonly id: ProjectId;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly columns: readonly Column[];
  /** Column the keys come from; null when Podscan generated the keys. */
  readonly keyColumn: ColumnKey | null;
  readonly recordCount: number;
  readonly batches: readonly ImportBatch[];
  readonly layout: GridLayout | null;
  readonly settings: ProjectSettings;
};

export const DEFAULT_PROJECT_SETTINGS: ProjectSettings = { blindMode: false };
