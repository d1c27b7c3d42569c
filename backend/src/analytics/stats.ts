/**
 * Statistics for the district reports ("why places work"): theme lift against the whole city, a
 * significance test per theme with Benjamini–Hochberg adjustment, and distinctive words of a
 * district (log-odds ratio with an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words"). Pure functions, no I/O; the counts come from SQL.
 */
import { contentWords } from './themes/normalise';

// ---------------------------------------------------------------------------------------------
// Normal distribution

const INV_SQRT_2PI = 0.3989422804014327; // 1/√(2π)

/** Density of the standard normal distribution. */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/**
 * Φ(x), the standard normal CDF, to about 1e-15 absolute error (the brief asks for ≤ 1e-7):
 * |x| < 5: Marsaglia's series Φ(x) = ½ + φ(x)·(x + x³/3 + x⁵/(3·5) + …);
 * |x| ≥ 5: the tail φ(x)/(x + 1/(x + 2/(x + 3/(x + …)))) (Laplace's continued fraction), which
 * keeps the relative precision of tiny tail probabilities.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const a = Math.abs(x);
  let tail: number; // Φ(−a)
  if (a < 5) {
    const a2 = a * a;
    let term = a;
    let sum = a;
    for (let i = 3; sum + term !== sum || i < 5; i += 2) {
      term = (term * a2) / i;
      sum += term;
    }
    tail = 0.5 - normalPdf(a) * sum;
  } else {
    let cf = a;
    for (let k = 80; k >= 1; k--) cf = a + k / cf;
    tail = normalPdf(a) / cf;
  }
  return x >= 0 ? 1 - tail : tail;
}

/** Two-sided p-value of a standard normal test statistic: 2·Φ(−|z|). */
export function twoSidedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

// ---------------------------------------------------------------------------------------------
// Lift and the two-proportion z-test

function checkCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0 (got ${n})`);
}

/**
 * Share of the theme in the district divided by its share in the whole city (district included):
 * 1 = as often as everywhere, 2 = twice as often. null when a share is undefined (a total of 0) or
 * the city share is 0.
 */
export function lift(districtCount: number, districtTotal: number, cityCount: number, cityTotal: number): number | null {
  if (districtTotal <= 0 || cityTotal <= 0 || cityCount <= 0) return null;
  return districtCount / districtTotal / (cityCount / cityTotal);
}

export interface ZTest {
  z: number;
  /** two-sided */
  p: number;
  /** pooled share (x1 + x2) / (n1 + n2) */
  pooled: number;
  /** the four expected cell counts under H0 are all >= 5 */
  sufficient: boolean;
}

/**
 * Two-proportion z-test with pooled variance: x1 of n1 against x2 of n2.
 * z = (x1/n1 − x2/n2) / √(p̂(1 − p̂)(1/n1 + 1/n2)), p̂ = (x1 + x2)/(n1 + n2); p two-sided.
 * A degenerate test (a group without entries, or p̂ of 0 or 1) gives z = 0, p = 1, not sufficient.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTest {
  for (const [k, v] of [['x1', x1], ['n1', n1], ['x2', x2], ['n2', n2]] as const) checkCount(k, v);
  if (x1 > n1 || x2 > n2) throw new RangeError(`a count exceeds its total (${x1}/${n1}, ${x2}/${n2})`);
  if (n1 === 0 || n2 === 0) return { z: 0, p: 1, pooled: n1 + n2 === 0 ? 0 : (x1 + x2) / (n1 + n2), sufficient: false };
  const pooled = (x1 + x2) / (n1 + n2);
  const sufficient = Math.min(n1 * pooled, n1 * (1 - pooled), n2 * pooled, n2 * (1 - pooled)) >= 5;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: 0, p: 1, pooled, sufficient };
  const z = (x1 / n1 - x2 / n2) / se;
  return { z, p: twoSidedP(z), pooled, sufficient };
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the order of `pValues`:
 * q_(i) = min over j ≥ i of (m / j)·p_(j), capped at 1, with p_(1) ≤ … ≤ p_(m).
 * NaN p-values are treated as 1.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p: Number.isNaN(p) ? 1 : p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const q = new Array<number>(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    running = Math.min(running, (order[r].p * m) / (r + 1));
    q[order[r].i] = Math.min(1, running);
  }
  return q;
}

export interface ThemeCount {
  id: string;
  /** entries of the district that name the theme */
  districtCount: number;
  /** entries of the whole city (district included) that name the theme */
  cityCount: number;
}

export interface ThemeComparison {
  id: string;
  districtCount: number;
  cityCount: number;
  /** districtCount / districtTotal (0 without entries) */
  share: number;
  /** cityCount / cityTotal */
  cityShare: number;
  lift: number | null;
  /** z of district against the rest of the city (positive: more often in the district) */
  z: number;
  p: number;
  /** Benjamini–Hochberg adjusted over all themes passed in */
  q: number;
  /** q < alpha and the test has enough data */
  significant: boolean;
  /** an expected cell count under H0 is below 5: the test says nothing, whatever q is */
  insufficient: boolean;
}

/**
 * Compare each theme's share in the district with the rest of the city: two-proportion z-test
 * (district vs. city minus district), Benjamini–Hochberg over all themes passed in (the 12 of the
 * codebook), significant when q < alpha (0.05) and every expected cell count is at least 5.
 * Entries may name several themes, so each theme is tested on its own (entries with vs. without it).
 */
export function compareThemes(counts: readonly ThemeCount[], districtTotal: number, cityTotal: number, alpha = 0.05): ThemeComparison[] {
  checkCount('districtTotal', districtTotal);
  checkCount('cityTotal', cityTotal);
  if (districtTotal > cityTotal) throw new RangeError(`districtTotal ${districtTotal} exceeds cityTotal ${cityTotal}`);
  const rows = counts.map((c) => {
    checkCount(`${c.id}.districtCount`, c.districtCount);
    checkCount(`${c.id}.cityCount`, c.cityCount);
    if (c.districtCount > c.cityCount) throw new RangeError(`${c.id}: districtCount ${c.districtCount} exceeds cityCount ${c.cityCount}`);
    if (c.districtCount > districtTotal || c.cityCount > cityTotal) throw new RangeError(`${c.id}: a count exceeds its total`);
    const test = twoProportionZTest(c.districtCount, districtTotal, c.cityCount - c.districtCount, cityTotal - districtTotal);
    return { c, test };
  });
  const q = benjaminiHochberg(rows.map((r) => r.test.p));
  return rows.map(({ c, test }, i) => ({
    id: c.id,
    districtCount: c.districtCount,
    cityCount: c.cityCount,
    share: districtTotal === 0 ? 0 : c.districtCount / districtTotal,
    cityShare: cityTotal === 0 ? 0 : c.cityCount / cityTotal,
    lift: lift(c.districtCount, districtTotal, c.cityCount, cityTotal),
    z: test.z,
    p: test.p,
    q: q[i],
    significant: test.sufficient && q[i] < alpha,
    insufficient: !test.sufficient,
  }));
}

// ---------------------------------------------------------------------------------------------
// Distinctive words: log-odds ratio with informative Dirichlet prior (Fightin' Words)

/**
 * Word counts of texts: lower-case words as written, stopwords removed, at least `minLength` (3)
 * letters (tokeniser of themes/normalise.ts).
 */
export function wordCounts(texts: Iterable<string>, minLength = 3, into: Map<string, number> = new Map()): Map<string, number> {
  for (const text of texts) for (const w of contentWords(text, minLength)) into.set(w, (into.get(w) ?? 0) + 1);
  return into;
}

/** Counts of `whole` minus those of `part` (e.g. the rest of the city = city − district). */
export function subtractCounts(whole: ReadonlyMap<string, number>, part: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, n] of whole) {
    const d = n - (part.get(w) ?? 0);
    if (d < 0) throw new RangeError(`"${w}": the part has more occurrences (${part.get(w)}) than the whole (${n})`);
    if (d > 0) out.set(w, d);
  }
  for (const [w, n] of part) if (n > 0 && !whole.has(w)) throw new RangeError(`"${w}" occurs in the part only`);
  return out;
}

export interface DistinctiveWord {
  word: string;
  /** occurrences in the district (y_wi) */
  count: number;
  /** occurrences in the rest of the city (y_wj) */
  otherCount: number;
  /** log-odds ratio δ (district vs. rest) */
  delta: number;
  /** δ / √var */
  z: number;
}

export interface DistinctiveOptions {
  /** how many words at most (default 20) */
  k?: number;
  /** minimum occurrences in the district (default 5) */
  minCount?: number;
  /** only words with z above this (default 1.96) */
  minZ?: number;
  /**
   * Prior: α_w = priorScale · (prior count of w), α0 = Σ α_w. The prior counts are `prior` when given
   * (a background corpus), else the whole corpus (district + rest). Default scale 0.1: the prior
   * weighs a tenth of the data, enough to damp rare words, little enough not to mute real differences.
   */
  priorScale?: number;
  prior?: ReadonlyMap<string, number>;
}

/**
 * Words over-represented in the district compared with the rest of the city, Monroe, Colaresi &
 * Quinn (2008), informative Dirichlet prior:
 *   δ_w = log((y_wi + α_w) / (n_i + α0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α0 − y_wj − α_w))
 *   var(δ_w) ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w),   z_w = δ_w / √var
 * with n_i, n_j the total word counts of district and rest. Returns the top `k` words by z with
 * z > minZ and a district count ≥ minCount, highest first (ties: more occurrences, then alphabetical).
 */
export function distinctiveWords(
  district: ReadonlyMap<string, number>,
  rest: ReadonlyMap<string, number>,
  options: DistinctiveOptions = {},
): DistinctiveWord[] {
  const k = options.k ?? 20;
  const minCount = options.minCount ?? 5;
  const minZ = options.minZ ?? 1.96;
  const scale = options.priorScale ?? 0.1;
  if (!(scale > 0)) throw new RangeError(`priorScale must be > 0 (got ${scale})`);

  const sum = (m: ReadonlyMap<string, number>): number => {
    let s = 0;
    for (const n of m.values()) s += n;
    return s;
  };
  const ni = sum(district);
  const nj = sum(rest);
  const priorCount = (w: string): number => (options.prior ? options.prior.get(w) ?? 0 : (district.get(w) ?? 0) + (rest.get(w) ?? 0));
  let a0 = 0;
  if (options.prior) a0 = scale * sum(options.prior);
  else a0 = scale * (ni + nj);

  const out: DistinctiveWord[] = [];
  for (const [word, yi] of district) {
    if (yi < minCount) continue;
    const a = scale * priorCount(word);
    if (!(a > 0)) continue; // not in the background corpus: no prior, no estimate
    const yj = rest.get(word) ?? 0;
    const delta = Math.log((yi + a) / (ni + a0 - yi - a)) - Math.log((yj + a) / (nj + a0 - yj - a));
    const variance = 1 / (yi + a) + 1 / (yj + a);
    const z = delta / Math.sqrt(variance);
    if (z > minZ) out.push({ word, count: yi, otherCount: yj, delta, z });
  }
  out.sort((x, y) => y.z - x.z || y.count - x.count || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0));
  return out.slice(0, k);
}
