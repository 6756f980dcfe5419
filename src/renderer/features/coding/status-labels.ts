import type { CodingStatus } from '../../../core/model/coding';

/** How each coding status reads in the grid, the panel and the filters. */
export const STATUS_LABELS: Readonly<Record<CodingStatus, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  flagged: 'Flagged',
};
