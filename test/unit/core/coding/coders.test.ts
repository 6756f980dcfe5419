import { describe, expect, it } from 'vitest';
import {
  addProjectLead,
  claimProjectLead,
  createCoder,
  createProjectSettings,
  deriveInitials,
  isProjectLead,
  removeProjectLead,
  setBlindMode,
  updateCoder,
  upsertCoder,
} from '../../../../src/core/coding';
import { DEFAULT_PROJECT_SETTINGS } from '../../../../src/core/model/project';
import { ADA, BEA, CAL, must, mustFail } from './support';

const ada = { id: ADA, name: 'Ada Lead', initials: 'AL' };
const bea = { id: BEA, name: 'Bea Coder', initials: 'BC' };

describe('coder identity', () => {
  it('creates a coder with a fresh GUID, tidy name and derived initials', () => {
    const coder = must(
      createCoder({ name: '  Rosa   María Coder ' }, () => ADA),
    );

    expect(coder).toStrictEqual({
      id: ADA,
      name: 'Rosa María Coder',
      initials: 'RMC',
    });
  });

  it('derives initials from one or several words', () => {
    expect(deriveInitials('rosa')).toBe('RO');
    expect(deriveInitials('Jean-Luc Picard')).toBe('JLP');
    expect(deriveInitials('Ébène Ōno')).toBe('ÉŌ');
  });

  it('refuses a blank name, a long name and bad initials', () => {
    const code = (name: string, initials?: string) =>
      mustFail(createCoder({ name, initials }, () => ADA)).code;

    expect(code('   ')).toBe('CODER_NAME_MISSING');
    expect(code('x'.repeat(81))).toBe('CODER_NAME_TOO_LONG');
    expect(code('Rosa', 'R C')).toBe('CODER_INITIALS_INVALID');
    expect(code('Rosa', 'ROSAC')).toBe('CODER_INITIALS_INVALID');
  });

  it('renames a coder without changing the GUID, and upserts the roster', () => {
    const renamed = must(updateCoder(ada, { name: 'Ada L.', initials: 'al' }));

    expect(renamed).toStrictEqual({ id: ADA, name: 'Ada L.', initials: 'AL' });
    expect(upsertCoder([ada, bea], renamed)).toStrictEqual([renamed, bea]);
    expect(upsertCoder([ada], bea)).toStrictEqual([ada, bea]);
  });
});

describe('project leads', () => {
  it('makes the creator the lead of a new project', () => {
    const settings = createProjectSettings(ADA);

    expect(settings).toStrictEqual({ blindMode: false, leads: [ADA] });
    expect(isProjectLead(settings, ADA)).toBe(true);
    expect(isProjectLead(settings, BEA)).toBe(false);
  });

  it('treats every coder as lead until a project without leads is claimed', () => {
    const legacy = DEFAULT_PROJECT_SETTINGS;

    const claimed = claimProjectLead(legacy, BEA);

    expect(isProjectLead(legacy, CAL)).toBe(true);
    expect(claimed).toStrictEqual({ blindMode: false, leads: [BEA] });
    expect(claimProjectLead(claimed ?? legacy, CAL)).toBeNull();
  });

  it('lets a lead add another lead, and nobody else', () => {
    const settings = createProjectSettings(ADA);

    const added = must(addProjectLead(settings, ADA, BEA, [ada, bea]));

    expect(added.leads).toStrictEqual([ADA, BEA]);
    expect(mustFail(addProjectLead(settings, BEA, BEA, [ada, bea])).code).toBe(
      'LEAD_ONLY',
    );
    expect(mustFail(addProjectLead(settings, ADA, CAL, [ada, bea])).code).toBe(
      'LEAD_NOT_A_CODER',
    );
  });

  it('removes a lead but never the last one', () => {
    const two = { blindMode: true, leads: [ADA, BEA] };

    const one = must(removeProjectLead(two, BEA, ADA));

    expect(one).toStrictEqual({ blindMode: true, leads: [BEA] });
    expect(mustFail(removeProjectLead(one, BEA, BEA)).code).toBe('LEAD_LAST');
  });

  it('lets only a lead switch blind mode', () => {
    const settings = createProjectSettings(ADA);

    expect(must(setBlindMode(settings, ADA, true)).blindMode).toBe(true);
    expect(mustFail(setBlindMode(settings, BEA, true)).code).toBe('LEAD_ONLY');
  });
});
