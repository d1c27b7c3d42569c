/**
 * Small seeded pseudo-random number generator for reproducible demo and benchmark data.
 *
 * sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator, 128-bit state) seeded through splitmix32:
 * fast, statistically sound for simulation (passes PractRand far beyond what we draw) and, unlike
 * Math.random, identical on every platform for the same seed. Not suitable for anything secret.
 * Pure: no globals, no I/O; two instances with the same seed produce the same sequence.
 */

const TWO_POW_32 = 4294967296;

/** splitmix32: turns any 32-bit seed (also 0 or tiny ones) into well-mixed state words. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Folds any finite number (negative, fractional, > 2^32) into a 32-bit seed. */
export function seedToU32(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number (got ${seed})`);
  const hi = Math.floor(seed / TWO_POW_32);
  const lo = seed - hi * TWO_POW_32;
  return ((lo >>> 0) ^ Math.imul(hi | 0, 0x27d4eb2f) ^ Math.round((seed % 1) * 0x7fffffff)) >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    const mix = splitmix32(seedToU32(seed));
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const t = (((a + b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.u32() / TWO_POW_32;
  }

  /** Uniform in (0, 1): safe for logarithms and powers. */
  open(): number {
    return (this.u32() + 0.5) / TWO_POW_32;
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** true with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element, uniformly. The array must not be empty. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** One element with probability proportional to its weight (linear scan; use WeightedTable for hot loops). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i];
    let x = this.float() * total;
    for (let i = 0; i < items.length - 1; i++) {
      x -= weights[i];
      if (x < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** Normal distribution (Box–Muller, polar form; the second value is kept for the next call). */
  gaussian(mean = 0, sd = 1): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return mean + sd * this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = this.float() * 2 - 1;
      v = this.float() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * m;
    this.hasSpare = true;
    return mean + sd * u * m;
  }

  /** Exponential distribution with the given mean. */
  exponential(mean: number): number {
    return -Math.log(this.open()) * mean;
  }

  /** In-place Fisher–Yates shuffle; returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  /** An independent generator derived from this one's seed material and a label (stable across versions). */
  fork(label: number): Random {
    return new Random((this.u32() ^ Math.imul(label | 0, 0x9e3779b1)) >>> 0);
  }
}

export function createRandom(seed: number): Random {
  return new Random(seed);
}

/** Precomputed weighted choice: O(log n) per draw via binary search over cumulative weights. */
export class WeightedTable<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(items: readonly T[], weights: readonly number[]) {
    if (items.length === 0 || items.length !== weights.length) throw new RangeError('WeightedTable needs as many weights as items (at least one)');
    this.items = items;
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i];
      if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weight ${i} must be a finite number >= 0 (got ${w})`);
      sum += w;
      this.cumulative[i] = sum;
    }
    if (sum <= 0) throw new RangeError('WeightedTable needs a positive total weight');
    this.total = sum;
  }

  pick(random: Random): T {
    return this.items[this.indexOf(random.float() * this.total)];
  }

  /** Index of the item whose cumulative interval contains x (0 <= x < total). */
  indexOf(x: number): number {
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
