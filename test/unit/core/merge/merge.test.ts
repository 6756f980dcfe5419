import { describe, expect, it } from 'vitest';
import {
  applyMerge,
  createMergeEvent,
  MERGE_LOG_COLUMNS,
  planMerge,
  summariseMergeReport,
  writeMergeLogCsv,
  type MergeResolutions,
  type MergeSource,
} from '../../../../src/core/merge';
import type { Codebook } from '../../../../src/core/codebook';
import { asCodeId, asColumnKey } from '../../../../src/core/model/ids';
import type { ProjectSnapshot } from '../../../../src/core/model/snapshot';
import {
  ANA,
  BEN,
  COLUMNS,
  GUID,
  LEAD,
  makeCode,
  makeCodebook,
  makeCoding,
  makeDecision,
  makeRecord,
  makeSnapshot,
  T0,
  T1,
  T2,
} from '../exchange/snapshot-builder';

const CONTEXT = { actor: 'Lead', clock: () => '2024-06-01T12:00:00.000Z' };
const NEW_CODE = '77777777-7777-4777-8777-777777777777';

function source(snapshot: ProjectSnapshot, name = 'a.podscan.json') {
  return { name, snapshot };
}

function merge(
  base: ProjectSnapshot,
  sources: readonly MergeSource[],
  resolutions: MergeResolutions = {},
) {
  const report = planMerge(base, sources);
  const applied = applyMerge(base, report, resolutions, CONTEXT);
  if (!applied.ok) {
    throw new Error(applied.error.map((u) => u.message).join('\n'));
  }
  return { report, ...applied.value };
}

describe('planMerge: records', () => {
  it('counts matched, identical and added records and lists conflicts', () => {
    const incoming = makeSnapshot({
      records: [
        makeRecord('P-1', 'Eastside YMCA Hub', 'Free; meals', 1),
        makeRecord('P-2', 'Parks and Rec Pod', 'Sliding scale\nfee', 2),
        makeRecord('P-9', 'Museum Pod', '', 9),
      ],
      layers: [],
      consensus: [],
    });
    const report = planMerge(makeSnapshot(), [source(incoming)]);
    expect(report.records.matched).toBe(2);
    expect(report.records.identical).toBe(1);
    expect(report.records.added).toEqual([
      { recordKey: 'P-9', source: 'a.podscan.json' },
    ]);
    expect(report.records.conflicts).toEqual([
      {
        recordKey: 'P-2',
        column: 'name',
        base: 'Parks & Rec Pod',
        incoming: 'Parks and Rec Pod',
        source: 'a.podscan.json',
      },
    ]);
    expect(report.unresolved.map((u) => [u.kind, u.key])).toEqual([
      ['field', 'P-2'],
    ]);
  });

  it('keeps the project value or takes the file value per record', () => {
    const incoming = makeSnapshot({
      records: [
        makeRecord('P-1', 'Eastside', 'Free; meals', 1),
        makeRecord('P-2', 'Parks', 'Sliding scale\nfee', 2),
      ],
    });
    const { snapshot, log } = merge(makeSnapshot(), [source(incoming)], {
      fields: { all: 'base', byKey: { 'P-2': 'incoming' } },
    });
    expect(snapshot.records.map((r) => r.fields.name)).toEqual([
      'Eastside YMCA Hub',
      'Parks',
      'Library Learning Hub',
    ]);
    expect(
      log
        .filter((e) => e.action.startsWith('field_'))
        .map((e) => [e.action, e.record, e.choice, e.kept, e.replaced]),
    ).toEqual([
      ['field_kept', 'P-1', 'base', 'Eastside YMCA Hub', 'Eastside'],
      ['field_taken', 'P-2', 'incoming', 'Parks', 'Parks & Rec Pod'],
    ]);
  });

  it('adds a column only the file has, empty on the other records', () => {
    const extra = {
      key: asColumnKey('cost'),
      label: 'Cost',
      type: 'text' as const,
    };
    const incoming = makeSnapshot({
      records: [
        {
          ...makeRecord('P-1', 'Eastside YMCA Hub', 'Free; meals', 1),
          fields: {
            id: 'P-1',
            name: 'Eastside YMCA Hub',
            notes: 'Free; meals',
            cost: 'free',
          },
        },
      ],
    });
    const withColumn = {
      ...incoming,
      meta: { ...incoming.meta, columns: [...COLUMNS, extra] },
    };
    const { snapshot, report } = merge(makeSnapshot(), [source(withColumn)]);
    expect(report.records.columnsAdded.map((c) => c.column.key)).toEqual([
      'cost',
    ]);
    expect(snapshot.meta.columns.map((c) => c.key)).toEqual([
      'id',
      'name',
      'notes',
      'cost',
    ]);
    expect(snapshot.records.map((r) => r.fields.cost)).toEqual([
      'free',
      '',
      '',
    ]);
  });
});

describe('planMerge: codebook', () => {
  const withNewCode = (name: string): Codebook =>
    makeCodebook({
      codes: [...makeCodebook().codes, makeCode(NEW_CODE, name, { order: 4 })],
    });

  it('adds a code with a new GUID under that GUID', () => {
    const incoming = makeSnapshot({ codebook: withNewCode('Meals') });
    const { snapshot, report } = merge(makeSnapshot(), [source(incoming)]);
    expect(report.codebook.added.map((a) => a.code.name)).toEqual(['Meals']);
    const added = snapshot.codebook.codes.find((c) => c.id === NEW_CODE);
    expect(added?.name).toBe('Meals');
    expect(snapshot.codebook.version).toBe(4);
    expect(snapshot.codebook.history.at(-1)).toEqual({
      version: 4,
      at: '2024-06-01T12:00:00.000Z',
      actor: 'Lead',
      detail: {
        kind: 'add_code',
        codeId: NEW_CODE,
        name: 'Meals',
        parentId: null,
      },
    });
  });

  it('asks about a same-named code and maps it, so merging again asks nothing', () => {
    const incoming = makeSnapshot({
      codebook: withNewCode('equity FOCUS'),
      layers: [makeCoding(BEN, 'P-2', [NEW_CODE], { updatedAt: T2 })],
    });
    const report = planMerge(makeSnapshot(), [source(incoming)]);
    expect(report.unresolved.map((u) => [u.kind, u.key])).toEqual([
      ['same_name', NEW_CODE],
    ]);
    const first = merge(makeSnapshot(), [source(incoming)], {
      sameName: { all: 'map' },
    });
    expect(first.snapshot.codebook.aliases).toEqual({
      [NEW_CODE]: GUID.equity,
    });
    const coding = first.snapshot.layers.find(
      (c) => c.coderId === BEN.id && c.recordKey === 'P-2',
    );
    expect(coding?.codes).toEqual([GUID.equity]);

    const again = planMerge(first.snapshot, [source(incoming)]);
    expect(again.unresolved).toEqual([]);
    const second = applyMerge(first.snapshot, again, {}, CONTEXT);
    expect(second.ok && second.value.changed).toBe(false);
  });

  it('keeps a same-named code apart when asked', () => {
    const incoming = makeSnapshot({ codebook: withNewCode('Free') });
    const { snapshot } = merge(makeSnapshot(), [source(incoming)], {
      sameName: { all: 'keep' },
    });
    expect(
      snapshot.codebook.codes.filter((c) => c.name === 'Free').map((c) => c.id),
    ).toEqual([GUID.free, NEW_CODE]);
  });

  it('takes a rename only the file made since the shared history', () => {
    const shared = makeCodebook();
    const renamed: Codebook = {
      ...shared,
      version: 4,
      codes: shared.codes.map((c) =>
        c.id === GUID.cost ? { ...c, name: 'Fee charged' } : c,
      ),
      history: [
        ...shared.history,
        {
          version: 4,
          at: T2,
          actor: 'Ana',
          detail: {
            kind: 'update_code',
            codeId: asCodeId(GUID.cost),
            changes: [
              { field: 'name', before: 'Charges a fee', after: 'Fee charged' },
            ],
          },
        },
      ],
    };
    const incoming = makeSnapshot({ codebook: renamed });
    const { snapshot, report } = merge(makeSnapshot(), [source(incoming)]);
    expect(report.codebook.differences).toEqual([
      {
        codeId: GUID.cost,
        name: 'Charges a fee',
        kinds: ['renamed'],
        fields: [
          { field: 'name', base: 'Charges a fee', incoming: 'Fee charged' },
        ],
        source: 'a.podscan.json',
        winner: 'incoming',
        reason: 'only the file changed it since the shared codebook version 1',
      },
    ]);
    expect(snapshot.codebook.codes.find((c) => c.id === GUID.cost)?.name).toBe(
      'Fee charged',
    );
  });

  it('asks when both codebooks are at the same version without shared history', () => {
    const other = makeCodebook({
      history: [
        { version: 1, at: T1, actor: 'Ben', detail: { kind: 'create' } },
      ],
      codes: makeCodebook().codes.map((c) =>
        c.id === GUID.equity
          ? { ...c, definition: 'Serves priority groups.', retired: true }
          : c,
      ),
    });
    const report = planMerge(makeSnapshot(), [
      source(makeSnapshot({ codebook: other })),
    ]);
    expect(report.codebook.differences.map((d) => [d.kinds, d.winner])).toEqual(
      [[['changed', 'retired'], null]],
    );
    expect(report.unresolved.map((u) => u.kind)).toEqual(['codebook']);

    const { snapshot } = merge(
      makeSnapshot(),
      [source(makeSnapshot({ codebook: other }))],
      { codebook: { byKey: { [GUID.equity]: 'incoming' } } },
    );
    const code = snapshot.codebook.codes.find((c) => c.id === GUID.equity);
    expect([code?.definition, code?.retired]).toEqual([
      'Serves priority groups.',
      true,
    ]);
  });

  it('lets the newer codebook win when neither history explains a change', () => {
    const newer = makeCodebook({
      version: 9,
      history: [
        { version: 1, at: T1, actor: 'Ben', detail: { kind: 'create' } },
      ],
      codes: makeCodebook().codes.map((c) =>
        c.id === GUID.free ? { ...c, color: '#FF0000' } : c,
      ),
    });
    const report = planMerge(makeSnapshot(), [
      source(makeSnapshot({ codebook: newer })),
    ]);
    expect(report.codebook.differences[0]?.winner).toBe('incoming');
    expect(report.codebook.differences[0]?.reason).toBe(
      "the file's codebook is newer (version 9 against 3)",
    );
  });
});

describe('planMerge: coders and layers', () => {
  it('adds a new coder with their layer', () => {
    const dana = {
      id: 'dddddddd-0000-4000-8000-000000000004',
      name: 'Dana',
      initials: 'DA',
    } as typeof ANA;
    const incoming = makeSnapshot({
      coders: [dana],
      layers: [makeCoding(dana, 'P-2', [GUID.free])],
    });
    const { snapshot, report } = merge(makeSnapshot(), [source(incoming)]);
    expect(report.coders.added.map((a) => a.coder.name)).toEqual(['Dana']);
    expect(snapshot.coders.map((c) => c.name)).toEqual([
      'Ana',
      'Ben',
      'Lead',
      'Dana',
    ]);
    expect(snapshot.layers.filter((c) => c.coderId === dana.id)).toHaveLength(
      1,
    );
  });

  it('keeps the more recent coding and lists the one overwritten', () => {
    const incoming = makeSnapshot({
      layers: [
        makeCoding(ANA, 'P-1', [GUID.cost], { updatedAt: T2 }),
        makeCoding(ANA, 'P-2', [], { updatedAt: T0 }),
      ],
    });
    const { snapshot, report, log } = merge(makeSnapshot(), [source(incoming)]);
    expect(
      report.layers.overwritten.map((o) => [o.recordKey, o.from, o.keptFrom]),
    ).toEqual([
      ['P-1', 'base', 'a.podscan.json'],
      ['P-2', 'a.podscan.json', 'base'],
    ]);
    const ana = snapshot.layers.filter((c) => c.coderId === ANA.id);
    expect(ana.map((c) => [c.recordKey, c.codes])).toEqual([
      ['P-1', [GUID.cost]],
      ['P-2', [GUID.cost]],
    ]);
    expect(
      log.filter((e) => e.action.startsWith('coding_')).map((e) => e.action),
    ).toEqual(['coding_replaced', 'coding_kept']);
  });

  it('compares update times as instants, not text', () => {
    const incoming = makeSnapshot({
      layers: [
        makeCoding(ANA, 'P-1', [GUID.cost], {
          updatedAt: '2024-03-02T10:00:00+02:00',
        }),
      ],
    });
    const { snapshot } = merge(makeSnapshot(), [source(incoming)]);
    // 10:00+02:00 is 08:00Z, older than the project's 09:00Z.
    const coding = snapshot.layers.find(
      (c) => c.coderId === ANA.id && c.recordKey === 'P-1',
    );
    expect(coding?.codes).toEqual([GUID.equity, GUID.free]);
  });

  it('reads codes merged away, in the project and the file, as their target', () => {
    const merged = makeCodebook({
      aliases: { [NEW_CODE]: asCodeId(GUID.equity) },
    });
    const base = makeSnapshot({
      codebook: merged,
      layers: [makeCoding(ANA, 'P-1', [NEW_CODE])],
    });
    const incoming = makeSnapshot({
      codebook: merged,
      layers: [
        makeCoding(ANA, 'P-1', [GUID.equity]),
        makeCoding(BEN, 'P-2', [NEW_CODE, GUID.cost]),
      ],
    });
    const { snapshot, report } = merge(base, [source(incoming)]);
    expect([report.layers.identical, report.layers.added]).toEqual([1, 1]);
    const ben = snapshot.layers.find((c) => c.coderId === BEN.id);
    expect(ben?.codes).toEqual([GUID.equity, GUID.cost]);
  });

  it('breaks a tie in update time the same way from either side', () => {
    const a = makeSnapshot({ layers: [makeCoding(ANA, 'P-1', [GUID.cost])] });
    const b = makeSnapshot({ layers: [makeCoding(ANA, 'P-1', [GUID.free])] });
    const base = makeSnapshot({ layers: [] });
    const ab = merge(base, [source(a, 'a'), source(b, 'b')]).snapshot.layers;
    const ba = merge(base, [source(b, 'b'), source(a, 'a')]).snapshot.layers;
    expect(ab).toEqual(ba);
  });
});

describe('planMerge: consensus', () => {
  it('adds new decisions and asks about differing ones', () => {
    const incoming = makeSnapshot({
      consensus: [
        makeDecision('P-1', GUID.equity, {
          value: 'absent',
          rationale: 'No equity language.',
        }),
        makeDecision('P-2', GUID.cost),
      ],
    });
    const report = planMerge(makeSnapshot(), [source(incoming)]);
    expect(report.consensus.added).toBe(1);
    expect(report.consensus.conflicts.map((c) => c.id)).toEqual([
      `P-1 ${GUID.equity}`,
    ]);
    const { snapshot, log } = merge(makeSnapshot(), [source(incoming)], {
      consensus: { all: 'base' },
    });
    expect(snapshot.consensus.map((d) => [d.recordKey, d.value])).toEqual([
      ['P-1', 'present'],
      ['P-2', 'present'],
    ]);
    const kept = log.find((e) => e.action === 'consensus_kept');
    expect(kept?.replaced).toBe(
      `absent by ${LEAD.id} at ${T2}: No equity language.`,
    );
  });
});

describe('applyMerge', () => {
  it('refuses while a conflict has no choice', () => {
    const incoming = makeSnapshot({
      records: [makeRecord('P-1', 'Other', '', 1)],
    });
    const report = planMerge(makeSnapshot(), [source(incoming)]);
    const applied = applyMerge(makeSnapshot(), report, {}, CONTEXT);
    expect(applied.ok).toBe(false);
    if (applied.ok) return;
    expect(applied.error.map((u) => u.key)).toEqual(['P-1']);
  });

  it('returns the base itself when nothing changes', () => {
    const base = makeSnapshot();
    const { snapshot, changed, log } = merge(base, [source(makeSnapshot())]);
    expect(changed).toBe(false);
    expect(snapshot).toBe(base);
    expect(log).toEqual([]);
  });

  it('writes the merge log as CSV with the documented columns', () => {
    const incoming = makeSnapshot({
      records: [...makeSnapshot().records, makeRecord('P-4', '=cmd', '', 4)],
    });
    const { log } = merge(makeSnapshot(), [source(incoming)]);
    const csv = writeMergeLogCsv(log).text.split('\r\n');
    expect(csv[0]).toBe(MERGE_LOG_COLUMNS.join(','));
    expect(csv[1]).toBe(
      'record_added,a.podscan.json,P-4,,,,,,,"Added record ""P-4""."',
    );
  });

  it('summarises the report as plain JSON and records an audit event', () => {
    const incoming = makeSnapshot({
      records: [...makeSnapshot().records, makeRecord('P-4', 'New', '', 4)],
    });
    const { report, snapshot, log, changed, parts } = merge(makeSnapshot(), [
      source(incoming),
    ]);
    expect(parts).toEqual(['meta', 'records']);
    const summary = summariseMergeReport(report);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(summary.records.added).toEqual([
      { record: 'P-4', source: 'a.podscan.json' },
    ]);
    const event = createMergeEvent(
      report,
      { snapshot, log, changed, parts: ['meta', 'records'] },
      CONTEXT,
    );
    expect(event.detail).toEqual({
      kind: 'merge',
      sources: ['a.podscan.json'],
      parts: ['meta', 'records'],
      summary:
        'Merged a.podscan.json: 1 record added, 0 codes added, 0 coders ' +
        'added, 0 codings added, 0 codings overwritten, 1 log entry.',
    });
  });
});
