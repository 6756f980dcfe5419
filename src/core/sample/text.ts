import type { Random } from './random';

/** "a, b, and c": the serial comma, as US program pages write lists. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');

  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

/** Lower-cases a label's first letter unless it is a proper adjective. */
export function toProse(label: string): string {
  if (label.startsWith('English')) return label;

  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Picks one template and fills it: only the chosen string is built. */
export function fillOne<T>(
  random: Random,
  templates: readonly ((values: T) => string)[],
  values: T,
): string {
  return random.pick(templates)(values);
}
