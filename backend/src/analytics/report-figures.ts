import { compareThemes, distinctiveWords } from './stats';

/** Figures built from fewer entries than this are withheld from district viewers. */
export const MIN_COUNT = 5;

export interface CityFigures {
  labels: Record<string, string>;
  /** approved entries per district */
  approved: Record<string, number>;
  /** approved entries per district and theme */
  themes: Record<string, Record<string, number>>;
  /** per district: in how many approved stories each word occurs */
  terms: Record<string, Record<string, number>>;
}

export interface ReportInput {
  district: { id: string; name: string; nr: number; population: number | null; areaKm2: number };
  counts: Partial<Record<'pending' | 'approved' | 'rejected' | 'on_hold', number>>;
  themes: Record<string, number>;
  topPlaces: { id: string; name: string; count: number; lon: number; lat: number }[];
  weekly: { week: string; count: number }[];
  quotes: { id: string; placeName: string; story: string; firstName: string | null }[];
}

export interface ReportTheme {
  id: string;
  label: string;
  count: number | null;
  share: number | null;
  cityShare: number;
  lift: number | null;
  p: number | null;
  q: number | null;
  significant: boolean;
}

export interface DistrictReport {
  district: ReportInput['district'];
  counts: Record<'pending' | 'approved' | 'rejected' | 'on_hold' | 'total', number | null>;
  per10k: number | null;
  perKm2: number | null;
  themes: ReportTheme[];
  terms: { term: string; count: number; z: number }[];
  topPlaces: ReportInput['topPlaces'];
  weekly: { week: string; count: number | null }[];
  quotes: ReportInput['quotes'];
  minCount: number;
  /** names of the figures withheld because they rest on fewer than `minCount` entries */
  withheld: string[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

/**
 * Pure: the district report from the district's counts and the city-wide figures. Themes are compared
 * with the rest of the city (two-proportion z-test, Benjamini–Hochberg over all themes; only
 * significant differences are marked); distinctive words by log-odds with an informative Dirichlet
 * prior. With `restricted` (district viewers) every figure built from fewer than MIN_COUNT entries
 * is null and named in `withheld`.
 */
export function buildReport(input: ReportInput, city: CityFigures, restricted: boolean): DistrictReport {
  const withheld: string[] = [];
  const guard = (name: string, n: number): number | null => {
    if (restricted && n < MIN_COUNT) {
      withheld.push(name);
      return null;
    }
    return n;
  };
  const c = { pending: 0, approved: 0, rejected: 0, on_hold: 0, ...input.counts };
  const approved = c.approved;
  const total = c.pending + c.approved + c.rejected + c.on_hold;
  const counts = {
    pending: guard('counts.pending', c.pending),
    approved: guard('counts.approved', c.approved),
    rejected: guard('counts.rejected', c.rejected),
    on_hold: guard('counts.on_hold', c.on_hold),
    total: guard('counts.total', total),
  };
  const enough = !restricted || approved >= MIN_COUNT;
  const { population, areaKm2 } = input.district;
  const per10k = enough && population ? round((approved * 10000) / population, 2) : null;
  const perKm2 = enough && areaKm2 > 0 ? round(approved / areaKm2, 2) : null;
  if (!enough) withheld.push('per10k', 'perKm2');

  const cityTotal = sum(Object.values(city.approved));
  const themeIds = Object.keys(city.labels);
  const cityCount = (id: string) => sum(Object.values(city.themes).map((t) => t[id] ?? 0));
  const comparisons =
    cityTotal > 0 && approved <= cityTotal
      ? compareThemes(themeIds.map((id) => ({ id, districtCount: input.themes[id] ?? 0, cityCount: Math.max(cityCount(id), input.themes[id] ?? 0) })), approved, Math.max(cityTotal, approved))
      : [];
  const themes: ReportTheme[] = themeIds.map((id) => {
    const cmp = comparisons.find((x) => x.id === id);
    const n = input.themes[id] ?? 0;
    const hidden = restricted && n < MIN_COUNT;
    if (hidden) withheld.push(`themes.${id}`);
    return {
      id,
      label: city.labels[id],
      count: hidden ? null : n,
      share: hidden || !cmp ? null : round(cmp.share, 4),
      cityShare: cmp ? round(cmp.cityShare, 4) : 0,
      lift: hidden || !cmp || cmp.lift === null ? null : round(cmp.lift, 3),
      p: hidden || !cmp ? null : cmp.p,
      q: hidden || !cmp ? null : cmp.q,
      significant: !hidden && !!cmp && cmp.significant,
    };
  });

  const own = new Map(Object.entries(city.terms[input.district.id] ?? {}));
  const rest = new Map<string, number>();
  for (const [id, words] of Object.entries(city.terms)) {
    if (id === input.district.id) continue;
    for (const [w, n] of Object.entries(words)) rest.set(w, (rest.get(w) ?? 0) + n);
  }
  const terms = distinctiveWords(own, rest, { k: 15, minCount: MIN_COUNT }).map((w) => ({ term: w.word, count: w.count, z: round(w.z, 2) }));

  const topPlaces = restricted ? input.topPlaces.filter((p) => p.count >= MIN_COUNT) : input.topPlaces;
  if (topPlaces.length < input.topPlaces.length) withheld.push('topPlaces (places with fewer entries)');
  const weekly = input.weekly.map((w) => ({ week: w.week, count: restricted && w.count < MIN_COUNT ? null : w.count }));
  if (weekly.some((w) => w.count === null)) withheld.push('weekly (weeks with fewer entries)');

  return { district: input.district, counts, per10k, perKm2, themes, terms, topPlaces, weekly, quotes: input.quotes, minCount: MIN_COUNT, withheld };
}
