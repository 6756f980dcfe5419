import type { WorkspaceViewProps } from '../workspace/views';
import { useProjectSession } from '../workspace/project-context';
import { ReliabilityWorkbench } from './ReliabilityWorkbench';

/**
 * The Reliability tab. Agreement compares several coders' layers, so
 * under blind mode only a lead may open it: others would see how their
 * colleagues coded.
 */
export function ReliabilityView({ rows }: WorkspaceViewProps) {
  const { meta, isLead } = useProjectSession();

  if (meta.settings.blindMode && !isLead) {
    return (
      <section className="reliability-view" aria-label="Reliability">
        <h2>Reliability</h2>
        <p role="note">
          Blind mode is on, so agreement is for leads only: comparing coders
          would show you how others coded before you finish. A lead of this
          project can compute agreement and adjudicate disagreements.
        </p>
      </section>
    );
  }
  return <ReliabilityWorkbench rows={rows} />;
}
