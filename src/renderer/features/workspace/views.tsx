import type { ReactNode } from 'react';
import type { ProjectMeta } from '../../../core/model/project';
import { ReliabilityView } from '../agreement/ReliabilityView';
import type { GridRow } from '../grid/grid-row';
import { CodebookView } from '../codebook/CodebookView';
import { TeamView } from '../team/TeamView';
import { ExchangeView } from '../exchange/ExchangeView';

/** 'records' is the grid; other ids are features' views. */
export type WorkspaceViewId = string;

export type WorkspaceViewProps = {
  readonly meta: ProjectMeta;
  readonly rows: readonly GridRow[];
  /** Reads the project's records again, e.g. after a merge. */
  readonly onReload: () => void;
};

export type WorkspaceView = {
  readonly id: WorkspaceViewId;
  readonly label: string;
  readonly render: (props: WorkspaceViewProps) => ReactNode;
};

/**
 * The tabs of an open project beside Records; each feature adds its view
 * here.
 */
export const WORKSPACE_VIEWS: readonly WorkspaceView[] = [
  { id: 'codebook', label: 'Codebook', render: () => <CodebookView /> },
  { id: 'team', label: 'Team', render: ({ rows }) => <TeamView rows={rows} /> },
  {
    id: 'reliability',
    label: 'Reliability',
    render: (props) => <ReliabilityView {...props} />,
  },
  {
    id: 'exchange',
    label: 'Exchange',
    render: (props) => <ExchangeView {...props} />,
  },
];
