/**
 * A small seeded PRNG (mulberry32) and the helpers the mutators draw from. Mutant n of seed s depends on
 * (s, n) only, never on how many mutants run or in what order, so one mutant can be rebuilt on its own.
 */

import { mulberry32 } from '../../scripts/lib/mulberry32.mjs';

/** A 32-bit mix of two numbers (murmur3's finaliser over seed and index), the seed of one mutant. */
export function mix(seed: number, n: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(n >>> 0, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  private readonly next: () => number;

  /** `light`: sizes drawn through scale() are capped (a bounded batch); the draws themselves are the same. */
  constructor(
    seed: number,
    readonly light = false,
  ) {
    this.next = mulberry32(seed);
  }

  /** The generator of mutant n of a run seeded with seed. */
  static for(seed: number, n: number, light = false): Rng {
    return new Rng(mix(seed, n), light);
  }

  /** A drawn size, capped at lightMax in light mode. */
  scale(value: number, lightMax: number): number {
    return this.light ? Math.min(value, lightMax) : value;
  }

  float(): number {
    return this.next();
  }

  /** An integer in [0, n); 0 when n <= 0. */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi] (both included). */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** An entry chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /** A length skewed towards small values: mostly 1..16, sometimes up to max. */
  size(max: number): number {
    const cap = Math.max(1, max);
    if (this.chance(0.7)) return this.range(1, Math.min(16, cap));
    return this.range(1, cap);
  }
}
