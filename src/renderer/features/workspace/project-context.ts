import { createContext, useContext } from 'react';
import type { Codebook } from '../../../core/codebook';
import type { Coder } from '../../../core/model/coding';
import type { ProjectMeta } from '../../../core/model/project';

/**
 * The open project as every view shares it: the codebook, the coders and
 * whether the local coder leads this project. Views that change one of
 * them call the matching refresh, so the other views see the change.
 */
export type ProjectSession = {
  readonly meta: ProjectMeta;
  readonly codebook: Codebook;
  readonly coders: readonly Coder[];
  /** The local coder may change project settings and the codebook. */
  readonly isLead: boolean;
  readonly refreshMeta: () => Promise<void>;
  readonly refreshCodebook: () => Promise<void>;
  readonly refreshCoders: () => Promise<void>;
};

export const ProjectContext = createContext<ProjectSession | null>(null);

export function useProjectSession(): ProjectSession {
  const session = useContext(ProjectContext);
  if (!session) throw new Error('useProjectSession needs a ProjectContext');

  return session;
}
