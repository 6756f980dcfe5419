/** Shown for a code whose colour is missing or malformed. */
export const FALLBACK_CHIP_COLOR = '#8A8F98';

/**
 * The chip background for a code colour: the colour itself when it is a
 * `#RRGGBB` value, else a neutral grey (a codebook from elsewhere may
 * carry anything).
 */
export function toChipColor(color: string | undefined): string {
  return color !== undefined && /^#[0-9a-f]{6}$/i.test(color)
    ? color
    : FALLBACK_CHIP_COLOR;
}

/**
 * Black or white, whichever contrasts more with `background` (`#RRGGBB`),
 * by the WCAG 2.1 relative luminance and contrast ratio.
 */
export function pickChipTextColor(background: string): '#000000' | '#FFFFFF' {
  const luminance = relativeLuminance(toChipColor(background));
  const onWhite = 1.05 / (luminance + 0.05);
  const onBlack = (luminance + 0.05) / 0.05;
  return onBlack >= onWhite ? '#000000' : '#FFFFFF';
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) =>
    toLinear(parseInt(hex.slice(start, start + 2), 16) / 255),
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function toLinear(channel: number): number {
  return channel <= 0.04045
    ? channel / 12.92
    : ((channel + 0.055) / 1.055) ** 2.4;
}
