import { describe, expect, it } from 'vitest';
import { isRecentOpen, validateRequest } from '../../../src/shared/ipc';

const PROJECT = '6f1c1f8e-2b1c-4a6e-9f00-1234567890ab';
const FILE_ID = '0d8f5a3e-2b1c-4a6e-9f00-1234567890ab';
const BACKUP = '20250301T090000000Z-timer';

const write = {
  projectId: PROJECT,
  projectName: 'Tulsa pilot',
  reason: 'reimport',
  data: '{"format":"podscan-coded-file"}',
};

function refusedField(result: ReturnType<typeof validateRequest>): string {
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.code).toBe('IPC_INVALID_PAYLOAD');

  return /field "([^"]+)"|the request/.exec(result.error.message)?.[0] ?? '';
}

describe('backup and recent channel validators', () => {
  it('accepts well-formed backup requests', () => {
    expect(validateRequest('backup:write', write)).toEqual({
      ok: true,
      value: write,
    });
    expect(validateRequest('backup:list', {})).toEqual({ ok: true, value: {} });
    expect(
      validateRequest('backup:read', { projectId: PROJECT, backupId: BACKUP }),
    ).toEqual({ ok: true, value: { projectId: PROJECT, backupId: BACKUP } });
    expect(
      validateRequest('backup:read', {
        projectId: PROJECT,
        backupId: `${BACKUP}-12`,
      }).ok,
    ).toBe(true);
  });

  it('flattens a project name to one line', () => {
    const result = validateRequest('backup:write', {
      ...write,
      projectName: 'Pods\nhubs',
    });

    expect(result.ok && result.value.projectName).toBe('Pods hubs');
  });

  it.each([
    [
      'a project id with a path',
      { ...write, projectId: '../etc' },
      'projectId',
    ],
    ['a project id with a slash', { ...write, projectId: 'a/b' }, 'projectId'],
    ['an unknown reason', { ...write, reason: 'nightly' }, 'reason'],
    ['empty data', { ...write, data: '' }, 'data'],
    ['bytes instead of text', { ...write, data: new Uint8Array(2) }, 'data'],
    ['an empty name', { ...write, projectName: '' }, 'projectName'],
    ['a path to write to', { ...write, path: '/tmp/x' }, 'path'],
  ])('refuses a backup write with %s', (_what, payload, field) => {
    expect(refusedField(validateRequest('backup:write', payload))).toBe(
      `field "${field}"`,
    );
  });

  it.each([
    ['a backup id with a path', { projectId: PROJECT, backupId: '../x' }],
    ['a backup id without a reason', { projectId: PROJECT, backupId: '1' }],
    [
      'a file name instead of an id',
      { projectId: PROJECT, backupId: `${BACKUP}.podscan.json` },
    ],
    ['no project', { backupId: BACKUP }],
  ])('refuses a backup read with %s', (_what, payload) => {
    expect(validateRequest('backup:read', payload).ok).toBe(false);
  });

  it('accepts recent requests and refuses paths in them', () => {
    expect(
      validateRequest('recent:addProject', { projectId: PROJECT, name: 'P' })
        .ok,
    ).toBe(true);
    expect(validateRequest('recent:openFile', { id: FILE_ID }).ok).toBe(true);
    expect(validateRequest('recent:list', undefined).ok).toBe(true);
    expect(
      refusedField(validateRequest('recent:openFile', { id: '/tmp/a.csv' })),
    ).toBe('field "id"');
    expect(
      refusedField(
        validateRequest('recent:removeProject', { projectId: PROJECT, x: 1 }),
      ),
    ).toBe('field "x"');
  });

  it('checks Open Recent events', () => {
    expect(isRecentOpen({ kind: 'project', projectId: PROJECT })).toBe(true);
    expect(isRecentOpen({ kind: 'file', id: FILE_ID })).toBe(true);
    expect(isRecentOpen({ kind: 'file', id: 'scan.csv' })).toBe(false);
    expect(isRecentOpen({ kind: 'folder', id: FILE_ID })).toBe(false);
    expect(isRecentOpen('project')).toBe(false);
  });
});
