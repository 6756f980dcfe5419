import type { Code, Codebook } from '../../../src/core/codebook/types';
import type {
  Coder,
  CodingChange,
  ConsensusDecision,
  RecordCoding,
  ReliabilitySample,
} from '../../../src/core/model/coding';
import { asSampleId } from '../../../src/core/model/coding';
import type { CodeId, CoderId } from '../../../src/core/model/ids';
import { asCodeId, asCoderId, asColumnKey } from '../../../src/core/model/ids';
import type { ProjectRepository } from '../../../src/core/repository/types';
import { ACTOR, recordKey } from './fixtures';

export const ADA: Coder = {
  id: asCoderId('c0000000-0000-4000-8000-00000000000a'),
  name: 'Ada Lead',
  initials: 'AL',
};
export const BEA: Coder = {
  id: asCoderId('c0000000-0000-4000-8000-00000000000b'),
  name: 'Bea Coder',
  initials: 'BC',
};

export const T = (minute: number): string =>
  new Date(Date.UTC(2021, 3, 1, 10, minute)).toISOString();

export const info = (minute: number, via?: 'undo' | 'redo') => ({
  at: T(minute),
  actor: ACTOR,
  ...(via ? { via } : {}),
});

export function codeId(n: number): CodeId {
  return asCodeId(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`);
}

/** A codebook at `version` with codes Meals (1), Devices (2), Tutoring (3). */
export function codebookAt(
  version: number,
  aliases: Record<string, CodeId> = {},
): Codebook {
  const names = ['Meals', 'Devices', 'Tutoring'];
  return {
    version,
    codes: names.map((name, index) => code(index + 1, name, index)),
    sets: [
      {
        id: 'a0000000-0000-4000-8000-000000000001' as Codebook['sets'][number]['id'],
        name: 'Equity',
        description: 'Who is served and how access is made real.',
        codeIds: [codeId(1), codeId(2)],
      },
    ],
    aliases,
    history: [
      {
        version,
        at: T(0),
        actor: ACTOR,
        detail: { kind: 'create' },
      },
    ],
  };
}

/** A coding of record `n` by `coderId`. */
export function codingOf(
  coderId: CoderId,
  n: number,
  codes: readonly number[],
  overrides: Partial<RecordCoding> = {},
): RecordCoding {
  return {
    recordKey: recordKey(n),
    coderId,
    codes: codes.map(codeId),
    memo: '',
    status: 'in_progress',
    createdAt: T(1),
    updatedAt: T(1),
    codebookVersion: 1,
    ...overrides,
  };
}

/** A change creating, replacing or (with `after` null) removing an entry. */
export function changeOf(
  before: RecordCoding | null,
  after: RecordCoding | null,
  kind: CodingChange['kind'] = 'code',
): CodingChange {
  const entry = after ?? before;
  if (!entry) throw new Error('a change needs an entry');

  const { recordKey, coderId } = entry;
  return { kind, recordKey, coderId, before, after };
}

export function decisionOf(
  n: number,
  code: number,
  value: ConsensusDecision['value'] = 'present',
): ConsensusDecision {
  return {
    recordKey: recordKey(n),
    codeId: codeId(code),
    value,
    rationale: `Record ${n}: both coders read the source page.`,
    decidedBy: ADA.id,
    decidedAt: T(20),
  };
}

export function sampleOf(id: string, records: readonly number[]) {
  const sample: ReliabilitySample = {
    id: asSampleId(id),
    name: `Round ${id}`,
    seed: 2021,
    method: 'stratified',
    size: { kind: 'percent', value: 10 },
    stratifyBy: asColumnKey('operator_type'),
    recordKeys: records.map(recordKey),
    coderIds: [ADA.id, BEA.id],
    createdAt: T(30),
    createdBy: ADA.id,
  };
  return sample;
}

/** Adds Ada and Bea to the project so their layers may be written. */
export async function addCoders(
  repository: ProjectRepository,
  id: Parameters<ProjectRepository['listCoders']>[0],
): Promise<void> {
  await repository.saveCoder(id, ADA, info(0));
  await repository.saveCoder(id, BEA, info(0));
}

function code(n: number, name: string, order: number): Code {
  return {
    id: codeId(n),
    name,
    parentId: null,
    definition: `${name} offered to students.`,
    include: '',
    exclude: '',
    example: '',
    color: '#1F77B4',
    shortcut: null,
    isCodable: true,
    retired: false,
    order,
  };
}
