import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addCode,
  addSet,
  createCodebook,
  exportQdc,
  importQdc,
  importQdcBytes,
  retireCode,
  type Codebook,
} from '../../../../src/core/codebook';
import { codeId, guid, must, mustFail, testContext } from './support';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/codebook');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/**
 * Supports (1, grouping) > Meals (2, every text, a shortcut) and
 * Wi-Fi & <devices> (3, retired); set Equity (4) = {2, 3}.
 */
function sampleCodebook(): Codebook {
  const context = testContext();
  let book = createCodebook(context);
  book = must(
    addCode(
      book,
      { name: 'Supports', isCodable: false, color: '#393b79' },
      context,
    ),
  ).codebook;
  book = must(
    addCode(
      book,
      {
        name: 'Meals',
        parentId: codeId(1),
        definition: 'Food is served.\nLunch or snacks.',
        include: 'Breakfast, lunch, "grab and go".',
        exclude: 'Food bank referrals only.',
        example: 'Free lunch daily.',
        color: '#2CA02C',
        shortcut: 'm',
      },
      context,
    ),
  ).codebook;
  book = must(
    addCode(
      book,
      { name: 'Wi-Fi & <devices>', parentId: codeId(1), color: '#9467BD' },
      context,
    ),
  ).codebook;
  book = must(retireCode(book, codeId(3), context));
  return must(
    addSet(
      book,
      {
        name: 'Equity',
        description: 'Access & cost.',
        codeIds: [codeId(2), codeId(3)],
      },
      context,
    ),
  ).codebook;
}

const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd" origin="Podscan Workbench">
  <Codes>
    <Code guid="${guid(1)}" name="Supports" isCodable="false" color="#393B79">
      <Code guid="${guid(2)}" name="Meals" isCodable="true" color="#2CA02C">
        <Description>Definition: Food is served.
Lunch or snacks.

Include: Breakfast, lunch, "grab and go".

Exclude: Food bank referrals only.

Example: Free lunch daily.

Shortcut: m</Description>
      </Code>
      <Code guid="${guid(3)}" name="Wi-Fi &amp; &lt;devices&gt;" isCodable="true" color="#9467BD">
        <Description>Retired: yes</Description>
      </Code>
    </Code>
  </Codes>
  <Sets>
    <Set guid="${guid(4)}" name="Equity">
      <Description>Access &amp; cost.</Description>
      <MemberCode guid="${guid(2)}"/>
      <MemberCode guid="${guid(3)}"/>
    </Set>
  </Sets>
</CodeBook>
`;

describe('REFI-QDA .qdc export', () => {
  it('writes nested codes, packed descriptions and sets', () => {
    expect(must(exportQdc(sampleCodebook()))).toBe(EXPECTED);
  });

  it('refuses a codebook with blocking problems, listing them', () => {
    const book = sampleCodebook();
    const broken: Codebook = {
      ...book,
      codes: book.codes.map((code) =>
        code.id === codeId(2) ? { ...code, color: 'green' } : code,
      ),
    };

    expect(mustFail(exportQdc(broken)).map((problem) => problem.code)).toEqual([
      'CODE_COLOR_INVALID',
    ]);
  });

  it('refuses an empty codebook and control characters XML cannot hold', () => {
    const context = testContext();
    const empty = createCodebook(context);
    const control = must(
      addCode(empty, { name: 'Bell\u0007' }, context),
    ).codebook;

    expect(mustFail(exportQdc(empty)).map((p) => p.code)).toEqual([
      'QDC_NO_CODES',
    ]);
    expect(mustFail(exportQdc(control)).map((p) => p.code)).toEqual([
      'QDC_CHARACTER_INVALID',
    ]);
  });
});

describe('REFI-QDA .qdc round trip', () => {
  it('keeps GUIDs, names, texts, shortcuts, retired state and sets', () => {
    const original = sampleCodebook();
    const first = must(exportQdc(original));
    const { codebook, problems } = must(importQdc(first, testContext()));

    expect(problems).toEqual([]);
    expect(codebook.codes).toEqual(original.codes);
    expect(codebook.sets).toEqual(original.sets);
    expect(codebook.version).toBe(1);
    expect(codebook.history.map((entry) => entry.detail)).toEqual([
      { kind: 'import', format: 'qdc', codeCount: 3, setCount: 1 },
    ]);
  });

  it('exports byte for byte the same document after an import', () => {
    const first = must(exportQdc(sampleCodebook()));
    const second = must(
      exportQdc(must(importQdc(first, testContext())).codebook),
    );

    expect(second).toBe(first);
  });
});

describe('lenient .qdc import', () => {
  const read = (name: string) => must(importQdc(fixture(name), testContext()));
  const summary = (name: string) =>
    read(name).problems.map((problem) => [problem.code, problem.severity]);

  it('drops a byte-order mark before <?xml', () => {
    expect(summary('bom.qdc')).toEqual([['QDC_BOM_REMOVED', 'info']]);
    expect(read('bom.qdc').codebook.codes.map((code) => code.name)).toEqual([
      'Meals',
    ]);
  });

  it('removes braces around GUIDs, keeping the GUID and set members', () => {
    const { codebook, problems } = read('braced-guids.qdc');

    expect(codebook.codes.map((code) => [code.id, code.parentId])).toEqual([
      ['A1B2C3D4-0000-4000-8000-000000000001', null],
      [
        'A1B2C3D4-0000-4000-8000-000000000002',
        'A1B2C3D4-0000-4000-8000-000000000001',
      ],
    ]);
    expect(codebook.sets).toEqual([
      {
        id: 'A1B2C3D4-0000-4000-8000-0000000000FF',
        name: 'Architecture',
        description: '',
        codeIds: ['A1B2C3D4-0000-4000-8000-000000000002'],
      },
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Code "Staff": braces around the GUID were removed.',
      'Code "Tutors": braces around the GUID were removed.',
      'Set "Architecture": braces around the GUID were removed.',
    ]);
  });

  it('expands #RGB, upper-cases colours and replaces a colour that is not hex', () => {
    const { codebook } = read('short-colors.qdc');

    expect(codebook.codes.map((code) => code.color)).toEqual([
      '#00AA00',
      '#D62728',
      '#1F77B4',
    ]);
    expect(summary('short-colors.qdc')).toEqual([
      ['QDC_COLOR_EXPANDED', 'info'],
      ['QDC_COLOR_INVALID', 'warning'],
      ['COLOR_ASSIGNED', 'info'],
    ]);
  });

  it('takes a code without isCodable as codable', () => {
    const { codebook, problems } = read('missing-iscodable.qdc');

    expect(codebook.codes[0]).toMatchObject({
      isCodable: true,
      definition: 'The program provides or pays for travel to the site.',
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'Code "Transportation" had no isCodable attribute; it was taken as codable.',
    ]);
  });

  it('ignores an empty <Sets/>', () => {
    expect(read('empty-sets.qdc').codebook.sets).toEqual([]);
    expect(summary('empty-sets.qdc')).toEqual([['QDC_SETS_EMPTY', 'warning']]);
  });

  it('keeps accented names and composes decomposed accents', () => {
    const { codebook } = read('accented-names.qdc');

    expect(codebook.codes.map((code) => code.name)).toEqual([
      'Éducation à domicile',
      'Niños en situación de calle',
    ]);
    expect(codebook.codes[1]?.name).toBe(
      'Niños en situación de calle'.normalize('NFC'),
    );
    expect(codebook.codes[0]?.definition).toBe(
      'Définition : apprentissage encadré hors de l’école.',
    );
    expect(summary('accented-names.qdc')).toEqual([
      ['QDC_NAME_NORMALISED', 'info'],
    ]);
  });

  it('generates a GUID for a code without one or with a repeated one', () => {
    const { codebook, problems } = read('missing-guid.qdc');

    expect(codebook.codes.map((code) => code.id)).toEqual([
      guid(1),
      'c0ffee00-1111-4222-8333-444455556666',
      guid(2),
    ]);
    expect(problems.map((problem) => problem.code)).toEqual([
      'GUID_MISSING',
      'GUID_DUPLICATE',
    ]);
  });

  it('reads a codebook without codes as empty and says so', () => {
    const text =
      '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0">' +
      '<Codes/></CodeBook>';
    const { codebook, problems } = must(importQdc(text, testContext()));

    expect(codebook.codes).toEqual([]);
    expect(problems.map((problem) => problem.code)).toEqual([
      'QDC_CODES_EMPTY',
    ]);
  });

  it('reads the codebook inside a REFI-QDA project file', () => {
    expect(
      read('project-root.qde').codebook.codes.map((code) => code.name),
    ).toEqual(['Volunteers']);
  });

  it('fails clearly on a file that is not well-formed or not a codebook', () => {
    const malformed = mustFail(
      importQdc(fixture('malformed.qdc'), testContext()),
    );
    const project = mustFail(
      importQdc(fixture('not-a-codebook.xml'), testContext()),
    );

    expect(malformed.code).toBe('QDC_NOT_XML');
    expect(malformed.message).toContain("Expected closing tag 'Code'");
    expect(project.code).toBe('QDC_NOT_CODEBOOK');
  });
});

describe('entities in .qdc files', () => {
  it('leaves a "billion laughs" document harmless: nothing expands', () => {
    const started = Date.now();
    const { codebook, problems } = must(
      importQdc(fixture('billion-laughs.qdc'), testContext()),
    );

    expect(Date.now() - started).toBeLessThan(1000);
    expect(codebook.codes[0]?.name).toBe('&lol9;');
    expect(codebook.codes[0]?.definition).toBe('&lol9;');
    expect(problems.map((problem) => problem.code)).toEqual([
      'QDC_DOCTYPE_IGNORED',
      'QDC_ENTITY_NOT_EXPANDED',
    ]);
  });

  it('never resolves an external entity', () => {
    const { codebook } = must(
      importQdc(fixture('external-entity.qdc'), testContext()),
    );

    expect(codebook.codes[0]?.name).toBe('Leak &secret;');
  });

  it('decodes the predefined entities and character references', () => {
    const text =
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>' +
      `<Code guid="${guid(9)}" name="A &amp; B &lt;&#233;&#x1F600;&gt;" isCodable="true" color="#000000">` +
      '<Description>x &quot;&apos; <![CDATA[&amp; raw]]>&#13;</Description></Code></Codes></CodeBook>';
    const { codebook } = must(importQdc(text, testContext()));

    expect(codebook.codes[0]?.name).toBe('A & B <é😀>');
    expect(codebook.codes[0]?.definition).toBe('x "\' &amp; raw\r');
  });
});

describe('.qdc bytes', () => {
  it('honours an ISO-8859-1 declaration', () => {
    const bytes = new Uint8Array(
      readFileSync(join(FIXTURES, 'latin1-declared.qdc')),
    );
    const { codebook } = must(importQdcBytes(bytes, testContext()));

    expect(codebook.codes.map((code) => code.name)).toEqual([
      'Éducation à domicile',
      'Niños en situación de calle',
    ]);
  });

  it('reads UTF-16 with a byte-order mark and reports the mark', () => {
    const text = fixture('accented-names.qdc');
    const units = new Uint8Array(2 + text.length * 2);
    units.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      units[2 + i * 2] = unit & 0xff;
      units[3 + i * 2] = unit >> 8;
    }
    const read = must(importQdcBytes(units, testContext()));

    expect(read.codebook.codes[0]?.name).toBe('Éducation à domicile');
    expect(read.problems.map((problem) => problem.code)).toEqual([
      'QDC_BOM_REMOVED',
      'QDC_NAME_NORMALISED',
    ]);
  });
});
