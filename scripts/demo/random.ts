import { addDays, daysBetween } from '../../lib/periods.ts';
/**
 * Deterministic randomness for the demo generator: every draw is a pure function of the seed
 * and a key naming what is drawn, so the same seed gives the same data on every backend and
 * in any generation order.
 */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A stream of uniform numbers in [0, 1) (mulberry32). */
export class Random {
  private state: number;
  constructor(seed: number, key: string) {
    this.state = (fnv1a(key) ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Approximately normal (sum of uniforms), for populations and rates. */
  normal(mean: number, sd: number): number {
    let s = 0;
    for (let i = 0; i < 6; i++) s += this.next();
    return mean + (s - 3) * sd * Math.SQRT2;
  }
  /** A date between two ISO dates, inclusive. */
  date(from: string, to: string): string {
    return addDays(from, Math.floor(this.next() * (daysBetween(from, to) + 1)));
  }
}
