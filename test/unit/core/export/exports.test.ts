import { describe, expect, it } from 'vitest';
import { importCodebookCsv } from '../../../../src/core/codebook';
import {
  exportCodebookCsv,
  exportConsensus,
  exportLong,
  exportReliabilityMatrix,
  exportWide,
} from '../../../../src/core/export';
import { asCodeId } from '../../../../src/core/model/ids';
import {
  ANA,
  BEN,
  GUID,
  LEAD,
  makeCode,
  makeCodebook,
  makeCoding,
  makeDecision,
  makeSnapshot,
  T0,
} from '../exchange/snapshot-builder';

const lines = (text: string) => text.split('\r\n');
const HEADER = 'record,id,name,notes,Equity focus,Charges a fee,Free,Tutoring';

describe('exportWide', () => {
  it("writes a coder's 0/1 cells on done records and leaves others empty", () => {
    const snapshot = makeSnapshot({
      layers: [
        ...makeSnapshot().layers,
        makeCoding(ANA, 'P-3', [GUID.free], { status: 'in_progress' }),
      ],
    });
    const { text } = exportWide(snapshot, {
      source: { kind: 'coder', coderId: ANA.id },
    });
    expect(lines(text)).toEqual([
      HEADER,
      'P-1,P-1,Eastside YMCA Hub,Free; meals,1,0,1,0',
      'P-2,P-2,Parks & Rec Pod,"Sliding scale\nfee",0,1,0,0',
      'P-3,P-3,Library Learning Hub,,,,,',
    ]);
  });

  it('writes consensus cells: 1 present, 0 absent, empty otherwise', () => {
    const snapshot = makeSnapshot({
      consensus: [
        makeDecision('P-1', GUID.equity),
        makeDecision('P-1', GUID.cost, { value: 'absent' }),
        makeDecision('P-2', GUID.free, { value: 'needs_work' }),
      ],
    });
    const { text } = exportWide(snapshot, { source: { kind: 'consensus' } });
    expect(lines(text).slice(1)).toEqual([
      'P-1,P-1,Eastside YMCA Hub,Free; meals,1,0,,',
      'P-2,P-2,Parks & Rec Pod,"Sliding scale\nfee",,,,',
      'P-3,P-3,Library Learning Hub,,,,,',
    ]);
  });

  it('adds columns for applied retired and unknown codes, merged codes counted once', () => {
    const unknown = '99999999-9999-4999-8999-999999999999';
    const merged = '88888888-8888-4888-8888-888888888888';
    const codebook = makeCodebook({
      codes: makeCodebook().codes.map((c) =>
        c.id === GUID.cost ? { ...c, retired: true } : c,
      ),
      aliases: { [merged]: asCodeId(GUID.free) },
    });
    const snapshot = makeSnapshot({
      codebook,
      layers: [makeCoding(ANA, 'P-1', [GUID.cost, merged, GUID.free, unknown])],
    });
    const { text } = exportWide(snapshot, {
      source: { kind: 'coder', coderId: ANA.id },
    });
    expect(lines(text).slice(0, 2)).toEqual([
      `record,id,name,notes,Equity focus,Free,Tutoring,Charges a fee,${unknown}`,
      'P-1,P-1,Eastside YMCA Hub,Free; meals,0,1,0,1,1',
    ]);
  });

  it('tells apart codes named alike or like a field', () => {
    const codebook = makeCodebook({
      codes: [
        makeCode(GUID.equity, 'Name'),
        makeCode(GUID.cost, 'Free', { order: 1 }),
        makeCode(GUID.free, 'free', { order: 2 }),
      ],
      sets: [],
    });
    const { text } = exportWide(makeSnapshot({ codebook }), {
      source: { kind: 'consensus' },
    });
    expect(lines(text)[0]).toBe(
      'record,id,name,notes,Name [11111111],Free [22222222],free [33333333]',
    );
  });

  it('neutralises formula-like fields, multi-line ones included', () => {
    const snapshot = makeSnapshot();
    const records = snapshot.records.map((r, i) =>
      i === 0
        ? { ...r, fields: { ...r.fields, notes: '=cmd|"/c calc"\nmore' } }
        : r,
    );
    const { text } = exportWide(
      { ...snapshot, records },
      { source: { kind: 'consensus' }, delimiter: ';', bom: true },
    );
    expect(text.startsWith('\uFEFFrecord;id;name;notes;')).toBe(true);
    expect(lines(text)[1]).toBe(
      'P-1;P-1;Eastside YMCA Hub;"\'=cmd|""/c calc""\nmore";1;;;',
    );
  });
});

describe('exportLong', () => {
  it('writes one row per record × coder × code decision', () => {
    const { text } = exportLong(makeSnapshot());
    const rows = lines(text);
    expect(rows[0]).toBe(
      'record,coder,code_guid,code,value,memo,status,coded_at,codebook_version',
    );
    expect(rows.slice(1, 5)).toEqual([
      `P-1,Ana,${GUID.equity},Equity focus,1,Clear.,done,2024-03-02T09:00:00.000Z,3`,
      `P-1,Ana,${GUID.cost},Charges a fee,0,Clear.,done,2024-03-02T09:00:00.000Z,3`,
      `P-1,Ana,${GUID.free},Free,1,Clear.,done,2024-03-02T09:00:00.000Z,3`,
      `P-1,Ana,${GUID.tutoring},Tutoring,0,Clear.,done,2024-03-02T09:00:00.000Z,3`,
    ]);
    expect(rows).toHaveLength(1 + 4 * 3 + 1);
    expect(rows.at(-1)).toBe(
      'P-3,Ben,,,,Dead link,flagged,2024-03-02T09:00:00.000Z,3',
    );
  });

  it('writes only applied codes on a record not done', () => {
    const snapshot = makeSnapshot({
      layers: [
        makeCoding(BEN, 'P-2', [GUID.cost], {
          status: 'in_progress',
          updatedAt: T0,
        }),
      ],
    });
    expect(lines(exportLong(snapshot).text).slice(1)).toEqual([
      `P-2,Ben,${GUID.cost},Charges a fee,1,,in_progress,${T0},3`,
    ]);
  });

  it('keeps only the coders asked for, in that order', () => {
    const { text } = exportLong(makeSnapshot(), { coders: [BEN.id] });
    expect(
      new Set(
        lines(text)
          .slice(1)
          .map((r) => r.split(',')[1]),
      ),
    ).toEqual(new Set(['Ben']));
  });
});

describe('exportConsensus', () => {
  it('writes each decision with value, rationale and who decided', () => {
    const snapshot = makeSnapshot({
      consensus: [
        makeDecision('P-2', GUID.free, { value: 'needs_work', rationale: '' }),
        makeDecision('P-1', GUID.equity),
      ],
    });
    expect(lines(exportConsensus(snapshot).text)).toEqual([
      'record,code_guid,code,decision,value,rationale,decided_by,decided_at',
      `P-1,${GUID.equity},Equity focus,present,1,Both coders missed the scholarship line.,Lead,2024-03-03T09:00:00.000Z`,
      `P-2,${GUID.free},Free,needs_work,,,Lead,2024-03-03T09:00:00.000Z`,
    ]);
  });
});

describe('exportCodebookCsv', () => {
  it('writes one row per code in tree order with paths and sets', () => {
    expect(lines(exportCodebookCsv(makeCodebook()).text)).toEqual([
      'guid,path,name,parent,is_codable,retired,definition,include,exclude,example,color,shortcut,sets',
      `${GUID.equity},Equity focus,Equity focus,,yes,no,Prioritises underserved students.,,,,#1F77B4,,Equity`,
      `${GUID.cost},Charges a fee,Charges a fee,,yes,no,,,,,#1F77B4,,`,
      `${GUID.free},Free,Free,,yes,no,,,,,#1F77B4,,Equity`,
      `${GUID.group},Offerings,Offerings,,no,no,,,,,#1F77B4,,`,
      `${GUID.tutoring},Offerings>Tutoring,Tutoring,Offerings,yes,no,,,,,#1F77B4,,`,
    ]);
  });

  it('is read back by the codebook table import with GUIDs and tree kept', () => {
    const bytes = new TextEncoder().encode(
      exportCodebookCsv(makeCodebook()).text,
    );
    const read = importCodebookCsv(bytes, {
      actor: 'Lead',
      clock: () => T0,
      // Only the set, known by name in a table, gets a new GUID.
      newId: () => 'eeeeeeee-0000-4000-8000-000000000001',
    });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const codes = read.value.codebook.codes;
    expect(codes.map((c) => [c.id, c.name, c.parentId, c.isCodable])).toEqual([
      [GUID.equity, 'Equity focus', null, true],
      [GUID.cost, 'Charges a fee', null, true],
      [GUID.free, 'Free', null, true],
      [GUID.group, 'Offerings', null, false],
      [GUID.tutoring, 'Tutoring', GUID.group, true],
    ]);
    expect(read.value.codebook.sets.map((set) => set.codeIds)).toEqual([
      [GUID.equity, GUID.free],
    ]);
  });
});

describe('exportReliabilityMatrix', () => {
  it('writes coders as rows and done records as units, empty when missing', () => {
    const result = exportReliabilityMatrix(makeSnapshot(), {
      codeId: asCodeId(GUID.free),
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(lines(result.value.text)).toEqual([
      'coder,P-1,P-2',
      'Ana,1,0',
      'Ben,1,',
    ]);
  });

  it('uses the coders given, in their order', () => {
    const result = exportReliabilityMatrix(makeSnapshot(), {
      codeId: asCodeId(GUID.equity),
      coders: [BEN.id, ANA.id, LEAD.id],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(lines(result.value.text)).toEqual([
      'coder,P-1,P-2',
      'Ben,0,',
      'Ana,1,0',
      'Lead,,',
    ]);
  });

  it('tells coders with the same name apart, by initials, then by id', () => {
    const twin = { ...BEN, name: 'Ana' };
    const triplet = { ...LEAD, name: 'Ana', initials: 'AN' };
    const snapshot = makeSnapshot({ coders: [ANA, twin, triplet] });
    const result = exportReliabilityMatrix(snapshot, {
      codeId: asCodeId(GUID.free),
      coders: [ANA.id, twin.id, triplet.id],
    });
    if (!result.ok) throw new Error(result.error.message);

    expect(lines(result.value.text).map((line) => line.split(',')[0])).toEqual([
      'coder',
      `Ana (${ANA.id})`,
      'Ana (BE)',
      `Ana (${LEAD.id})`,
    ]);
  });

  it('counts names that differ only in spaces or accents written apart as repeated', () => {
    const spaced = { ...BEN, name: 'Ana ' };
    const decomposed = { ...LEAD, name: 'Jose\u0301', initials: 'JL' };
    const composed = { ...ANA, name: 'Jos\u00e9', initials: 'JA' };
    const snapshot = makeSnapshot({ coders: [composed, spaced, decomposed] });
    const result = exportReliabilityMatrix(snapshot, {
      codeId: asCodeId(GUID.free),
      coders: [composed.id, spaced.id, decomposed.id],
    });
    if (!result.ok) throw new Error(result.error.message);

    expect(lines(result.value.text).map((line) => line.split(',')[0])).toEqual([
      'coder',
      'Jos\u00e9 (JA)',
      'Ana',
      'Jos\u00e9 (JL)',
    ]);
  });

  it('refuses a code the codebook lacks', () => {
    const result = exportReliabilityMatrix(makeSnapshot(), {
      codeId: asCodeId('99999999-9999-4999-8999-999999999999'),
    });
    expect(result.ok ? null : result.error.code).toBe('EXPORT_CODE_UNKNOWN');
  });
});
