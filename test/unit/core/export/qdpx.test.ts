import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportQdpx, QDE_NAMESPACE } from '../../../../src/core/export';
import { ANA, BEN, GUID, makeSnapshot, T2 } from '../exchange/snapshot-builder';

type Node = Record<string, unknown>;

const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) =>
    [
      'User',
      'Code',
      'Variable',
      'TextSource',
      'Coding',
      'VariableValue',
      'Note',
      'NoteRef',
      'Set',
      'MemberCode',
    ].includes(name),
  parseTagValue: false,
});

function unpack(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const qde = strFromU8(files['project.qde']!);
  return { files, qde, project: (PARSER.parse(qde) as Node).Project as Node };
}

describe('exportQdpx', () => {
  const snapshot = makeSnapshot({
    records: makeSnapshot().records.map((record, index) =>
      index === 2
        ? { ...record, fields: { ...record.fields, notes: 'bell\u0007' } }
        : record,
    ),
  });
  const { bytes, warnings } = exportQdpx(snapshot, { exportedAt: T2 });
  const { files, project } = unpack(bytes);

  it('zips project.qde and one text per record', () => {
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(4);
    expect(names[3]).toBe('project.qde');
    for (const name of names.slice(0, 3)) {
      expect(name).toMatch(/^Sources\/[0-9a-f-]{36}\.txt$/);
    }
  });

  it('writes the project root in the REFI-QDA namespace', () => {
    expect(project.xmlns).toBe(QDE_NAMESPACE);
    expect(project.name).toBe('Pods scan');
    expect(project.origin).toBe('Podscan Workbench');
    expect(project.creationDateTime).toBe('2024-03-01T09:00:00.000Z');
  });

  it('lists the coders as users, plus the consensus', () => {
    const users = (project.Users as Node).User as Node[];
    expect(users.map((u) => [u.guid, u.name])).toEqual([
      [ANA.id, 'Ana'],
      [BEN.id, 'Ben'],
      ['cccccccc-0000-4000-8000-000000000003', 'Lead'],
      [expect.stringMatching(/^[0-9a-f-]{36}$/), 'Consensus'],
    ]);
  });

  it('embeds the codebook with nested codes', () => {
    const codes = ((project.CodeBook as Node).Codes as Node).Code as Node[];
    expect(codes.map((c) => [c.guid, c.name, c.isCodable])).toEqual([
      [GUID.equity, 'Equity focus', 'true'],
      [GUID.cost, 'Charges a fee', 'true'],
      [GUID.free, 'Free', 'true'],
      [GUID.group, 'Offerings', 'false'],
    ]);
    const children = codes[3]!.Code as Node[];
    expect(children.map((c) => c.guid)).toEqual([GUID.tutoring]);
    const sets = (project.Sets as Node).Set as Node[];
    expect((sets[0]!.MemberCode as Node[]).map((m) => m.targetGUID)).toEqual([
      GUID.equity,
      GUID.free,
    ]);
  });

  it('makes each record a TextSource with variables and whole-source codings', () => {
    const variables = (project.Variables as Node).Variable as Node[];
    expect(variables.map((v) => [v.name, v.typeOfVariable])).toEqual([
      ['ID', 'Text'],
      ['Name', 'Text'],
      ['Notes', 'Text'],
    ]);
    const sources = (project.Sources as Node).TextSource as Node[];
    expect(sources.map((s) => s.name)).toEqual(['P-1', 'P-2', 'P-3']);
    const first = sources[0]!;
    const codings = (first.Coding as Node[]).map((c) => [
      c.creatingUser,
      (c.CodeRef as Node).targetGUID,
    ]);
    expect(codings.slice(0, 3)).toEqual([
      [ANA.id, GUID.equity],
      [ANA.id, GUID.free],
      [BEN.id, GUID.free],
    ]);
    expect(codings).toHaveLength(4);
    const values = (first.VariableValue as Node[]).map((v) => [
      (v.VariableRef as Node).targetGUID,
      v.TextValue,
    ]);
    expect(values).toEqual([
      [variables[0]!.guid, 'P-1'],
      [variables[1]!.guid, 'Eastside YMCA Hub'],
      [variables[2]!.guid, 'Free; meals'],
    ]);
    expect(first.plainTextPath).toBe(`internal://${String(first.guid)}.txt`);
    expect(strFromU8(files[`Sources/${String(first.guid)}.txt`]!)).toBe(
      'ID: P-1\nName: Eastside YMCA Hub\nNotes: Free; meals',
    );
  });

  it('keeps memos as notes referred to from their source', () => {
    const notes = (project.Notes as Node).Note as Node[];
    expect(notes.map((n) => [n.name, n.PlainTextContent])).toEqual([
      ['Memo by Ana on P-1', 'Clear.'],
      ['Memo by Ben on P-3', 'Dead link'],
    ]);
    const sources = (project.Sources as Node).TextSource as Node[];
    expect((sources[0]!.NoteRef as Node[])[0]!.targetGUID).toBe(notes[0]!.guid);
  });

  it('replaces characters XML cannot hold and warns', () => {
    const sources = (project.Sources as Node).TextSource as Node[];
    const notes = (sources[2]!.VariableValue as Node[])[2]!;
    expect(notes.TextValue).toBe('bell\uFFFD');
    expect(warnings.map((w) => w.code)).toEqual(['QDPX_CHARACTER_REPLACED']);
  });

  it('gives the same bytes for the same project and time', () => {
    expect(exportQdpx(snapshot, { exportedAt: T2 }).bytes).toEqual(bytes);
  });
});
