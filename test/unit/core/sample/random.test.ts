import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/sample/random';

describe('createRandom', () => {
  it('repeats the same draws for the same seed', () => {
    const draw = (seed: number): number[] => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.int(0, 1_000));
    };

    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps integers within both bounds and reaches each of them', () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));

    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('never picks a zero-weight entry and follows the weights', () => {
    const random = createRandom(2);
    const draws = Array.from({ length: 4_000 }, () =>
      random.weighted<string>([
        ['a', 3],
        ['never', 0],
        ['b', 1],
      ]),
    );
    const share = draws.filter((value) => value === 'a').length / 4_000;

    expect(draws).not.toContain('never');
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
  });

  it('samples distinct items in their original order', () => {
    const random = createRandom(3);
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];

    for (let round = 0; round < 50; round += 1) {
      const picked = random.sample(items, 3);
      expect(new Set(picked).size).toBe(3);
      expect(picked).toEqual([...picked].sort());
    }
    expect(random.sample(items, 10)).toEqual(items);
  });

  it('throws when asked to pick from nothing', () => {
    expect(() => createRandom(4).pick([])).toThrow(/empty/);
  });
});
