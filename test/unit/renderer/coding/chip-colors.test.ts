import { describe, expect, it } from 'vitest';
import {
  FALLBACK_CHIP_COLOR,
  pickChipTextColor,
  toChipColor,
} from '../../../../src/renderer/features/coding/chip-colors';

describe('chip colours', () => {
  it('writes dark text on light codes and light text on dark ones', () => {
    expect(pickChipTextColor('#FEE08B')).toBe('#000000');
    expect(pickChipTextColor('#FFFFFF')).toBe('#000000');
    expect(pickChipTextColor('#053061')).toBe('#FFFFFF');
    expect(pickChipTextColor('#000000')).toBe('#FFFFFF');
    // Mid grey #777777 has luminance 0.184: 4.48:1 on white, 4.68:1 on black.
    expect(pickChipTextColor('#777777')).toBe('#000000');
  });

  it('falls back to grey for a missing or malformed colour', () => {
    expect(toChipColor(undefined)).toBe(FALLBACK_CHIP_COLOR);
    expect(toChipColor('red')).toBe(FALLBACK_CHIP_COLOR);
    expect(toChipColor('#abc')).toBe(FALLBACK_CHIP_COLOR);
    expect(toChipColor('#1a9850')).toBe('#1a9850');
  });
});
