import { describe, expect, it } from 'vitest';
import {
  packDescription,
  unpackDescription,
  type DescriptionParts,
} from '../../../../src/core/codebook';

const parts = (overrides: Partial<DescriptionParts>): DescriptionParts => ({
  definition: '',
  include: '',
  exclude: '',
  example: '',
  shortcut: null,
  retired: false,
  ...overrides,
});

describe('packing code texts into a Description', () => {
  it('writes labelled sections in a fixed order, separated by a blank line', () => {
    const packed = packDescription(
      parts({
        definition: 'Families pay nothing.',
        include: 'Free; no cost.',
        exclude: 'Free for some only.',
        example: '"No cost to families."',
        shortcut: '0',
        retired: true,
      }),
    );

    expect(packed).toBe(
      'Definition: Families pay nothing.\n\n' +
        'Include: Free; no cost.\n\n' +
        'Exclude: Free for some only.\n\n' +
        'Example: "No cost to families."\n\n' +
        'Shortcut: 0\n\n' +
        'Retired: yes',
    );
  });

  it('leaves out empty sections and packs nothing when all are empty', () => {
    expect(packDescription(parts({ exclude: 'Not this.' }))).toBe(
      'Exclude: Not this.',
    );
    expect(packDescription(parts({}))).toBe('');
  });

  it('reads a Description without labels as the definition, exactly', () => {
    const text = '  A plain memo\nwritten in another program.\n';

    expect(unpackDescription(text)).toEqual(parts({ definition: text }));
  });

  it('reads text before the first label as the definition', () => {
    expect(
      unpackDescription('Intro text.\n\nInclude: yes.\nexample: e.g. this'),
    ).toEqual(
      parts({
        definition: 'Intro text.',
        include: 'yes.',
        example: 'e.g. this',
      }),
    );
  });

  it('gives back multi-line texts and texts with label-like lines exactly', () => {
    const original = parts({
      definition: 'First line.\nInclude: not a section\n\\Example: two\n\n',
      include: '\nstarts on a new line',
      exclude: ' leading space',
      example: 'ends with a break\n',
    });
    const packed = packDescription(original);

    expect(packed).toContain('\n\\Include: not a section\n\\\\Example: two');
    expect(unpackDescription(packed)).toEqual(original);
  });

  it('reads a shortcut and the retired flag', () => {
    expect(
      unpackDescription('Definition: x\n\nShortcut:  t \n\nRetired: YES'),
    ).toEqual(parts({ definition: 'x', shortcut: 't', retired: true }));
  });
});
