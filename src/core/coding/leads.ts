import type { Coder } from '../model/coding';
import type { CoderId } from '../model/ids';
import type { Problem, Result } from '../model/problem';
import { fail, ok } from '../model/problem';
import type { ProjectSettings } from '../model/project';
import { findCoder } from './coders';
import { codingProblem } from './operations';

/*
 * Lead rights are a permission of the user interface, not security.
 * Podscan is offline and has no accounts: anyone at the machine can choose
 * any coder identity, and anyone holding a project file can edit it. These
 * checks keep honest coders from changing lead-only settings (blind mode,
 * the codebook, samples, adjudication) by mistake; they protect nothing
 * from a determined user.
 */

/** The coders recorded as leads of the project, creator first. */
export function listProjectLeads(
  settings: ProjectSettings,
): readonly CoderId[] {
  return settings.leads ?? [];
}

/**
 * True when `coderId` may act as lead. A project with no lead on record
 * (saved before coders existed) lets every coder act as lead until one is
 * recorded with `claimProjectLead`. A UI permission only: see above.
 */
export function isProjectLead(
  settings: ProjectSettings,
  coderId: CoderId,
): boolean {
  const leads = listProjectLeads(settings);
  return leads.length === 0 || leads.includes(coderId);
}

/** Settings of a new project: its creator is its lead; blind mode off. */
export function createProjectSettings(creator: CoderId): ProjectSettings {
  return { blindMode: false, leads: [creator] };
}

/**
 * Records `coderId` as the lead of a project that has none yet (one saved
 * before coders existed), or null when the project already has a lead.
 */
export function claimProjectLead(
  settings: ProjectSettings,
  coderId: CoderId,
): ProjectSettings | null {
  if (listProjectLeads(settings).length > 0) return null;

  return { ...settings, leads: [coderId] };
}

/** A lead (`actor`) makes another coder of the project a lead too. */
export function addProjectLead(
  settings: ProjectSettings,
  actor: CoderId,
  lead: CoderId,
  coders: readonly Coder[],
): Result<ProjectSettings, Problem> {
  if (!isProjectLead(settings, actor)) return fail(notLead('add leads'));
  if (findCoder(coders, lead) === undefined) {
    return fail(
      codingProblem(
        'LEAD_NOT_A_CODER',
        `Coder ${lead} is not a coder of this project; they must open the ` +
          'project once before they can be made a lead.',
      ),
    );
  }

  const leads = listProjectLeads(settings);
  if (leads.includes(lead)) return ok(settings);

  const base = leads.length === 0 ? [actor] : leads;
  return ok({
    ...settings,
    leads: [...base.filter((id) => id !== lead), lead],
  });
}

/** A lead takes lead rights from a coder; the last lead always stays. */
export function removeProjectLead(
  settings: ProjectSettings,
  actor: CoderId,
  lead: CoderId,
): Result<ProjectSettings, Problem> {
  if (!isProjectLead(settings, actor)) return fail(notLead('remove leads'));

  const leads = listProjectLeads(settings);
  if (!leads.includes(lead)) return ok(settings);
  if (leads.length === 1) {
    return fail(
      codingProblem(
        'LEAD_LAST',
        'A project keeps at least one lead; make another coder a lead ' +
          'first, then remove this one.',
      ),
    );
  }

  return ok({ ...settings, leads: leads.filter((id) => id !== lead) });
}

/** A lead turns blind mode on or off. */
export function setBlindMode(
  settings: ProjectSettings,
  actor: CoderId,
  blindMode: boolean,
): Result<ProjectSettings, Problem> {
  if (!isProjectLead(settings, actor)) {
    return fail(notLead('turn blind mode on or off'));
  }

  return ok({ ...settings, blindMode });
}

function notLead(action: string): Problem {
  return codingProblem(
    'LEAD_ONLY',
    `Only a lead of this project can ${action}; ask a lead to do it or ` +
      'to make you a lead.',
  );
}
