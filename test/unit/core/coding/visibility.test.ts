import { describe, expect, it } from 'vitest';
import {
  canSeeLayer,
  describeViewer,
  filterSnapshotForViewer,
} from '../../../../src/core/coding';
import type { ConsensusDecision } from '../../../../src/core/model/coding';
import type { ProjectSettings } from '../../../../src/core/model/project';
import type { ProjectSnapshot } from '../../../../src/core/model/snapshot';
import { asProjectId } from '../../../../src/core/model/ids';
import {
  ADA,
  BEA,
  CAL,
  at,
  codeId,
  coding,
  key,
  sampleCodebook,
} from './support';

const BLIND: ProjectSettings = { blindMode: true, leads: [ADA] };
const OPEN: ProjectSettings = { blindMode: false, leads: [ADA] };

describe('blind mode', () => {
  it('shows a coder only their own layer when on, and every layer when off', () => {
    const bea = describeViewer(BLIND, BEA);

    expect(bea.isLead).toBe(false);
    expect(canSeeLayer(BLIND, bea, BEA)).toBe(true);
    expect(canSeeLayer(BLIND, bea, CAL)).toBe(false);
    expect(canSeeLayer(BLIND, bea, ADA)).toBe(false);
    expect(canSeeLayer(OPEN, describeViewer(OPEN, BEA), CAL)).toBe(true);
  });

  it('shows a lead every layer either way', () => {
    expect(canSeeLayer(BLIND, describeViewer(BLIND, ADA), BEA)).toBe(true);
    expect(canSeeLayer(OPEN, describeViewer(OPEN, ADA), BEA)).toBe(true);
  });

  it('exports only the coder’s own layer and no consensus under blind mode', () => {
    const snapshot = buildSnapshot(BLIND);

    const forBea = filterSnapshotForViewer(snapshot, BEA);

    expect(forBea.layers).toStrictEqual([coding(BEA, 1, [2])]);
    expect(forBea.consensus).toStrictEqual([]);
    expect(forBea.coders).toBe(snapshot.coders);
    expect(forBea.records).toBe(snapshot.records);
  });

  it('exports everything for a lead, or for anyone when blind mode is off', () => {
    const blind = buildSnapshot(BLIND);
    const open = buildSnapshot(OPEN);

    expect(filterSnapshotForViewer(blind, ADA)).toBe(blind);
    expect(filterSnapshotForViewer(open, BEA)).toBe(open);
  });
});

function buildSnapshot(settings: ProjectSettings): ProjectSnapshot {
  const decision: ConsensusDecision = {
    recordKey: key(1),
    codeId: codeId(2),
    value: 'present',
    rationale: 'Both coders saw meals.',
    decidedBy: ADA,
    decidedAt: at(50),
  };
  return {
    meta: {
      id: asProjectId('p1'),
      name: 'Pods',
      createdAt: at(0),
      updatedAt: at(0),
      columns: [],
      keyColumn: null,
      recordCount: 0,
      batches: [],
      layout: null,
      settings,
    },
    records: [],
    codebook: sampleCodebook(),
    coders: [
      { id: ADA, name: 'Ada Lead', initials: 'AL' },
      { id: BEA, name: 'Bea Coder', initials: 'BC' },
      { id: CAL, name: 'Cal Coder', initials: 'CC' },
    ],
    layers: [coding(ADA, 1, [2]), coding(BEA, 1, [2]), coding(CAL, 1, [3])],
    consensus: [decision],
  };
}
