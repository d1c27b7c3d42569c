/**
 * Deterministic generator of synthetic "Herzensorte" submissions for demo data and benchmarks.
 *
 * Pure: no I/O, no Nest, no clock, no Math.random. The same options always yield the same entries,
 * in the same order, on every machine. Fast enough for millions of entries (a few hundred thousand
 * per second on a laptop), streaming: nothing but a small ring buffer and a hash set is kept.
 *
 * What the data looks like:
 * - stories in German about the given reference places, answering the campaign's three prompts
 *   (what makes the place special, how I spend time there, an anecdote), 40–600 characters,
 *   built from themed sentence templates (see demo-data.texts.ts);
 * - pins scattered around their place (gaussian, typically 50–300 m, a few further away), kept
 *   inside `boundary_distance_m` when the place carries it, so they stay in the place's district
 *   (and therefore in Dortmund);
 * - place popularity skewed (Zipf-like), submission times following a campaign curve with a launch
 *   peak, weekends, holidays, realistic hours and a city festival weekend with an event booth;
 * - about 5 % problem entries marked in `problem` (e-mail or phone number in the story, insults,
 *   links, very short texts, duplicates); clean stories never contain such patterns.
 *
 * Entries come in generation order, not in time order; any prefix is a fair sample of the campaign.
 */
import { berlinOffsetMs } from '../common/berlin-time';
import { Random, WeightedTable } from './random';
import {
  aliasForms,
  AliasForms,
  ANECDOTE_PREFIX,
  asciiSlug,
  CLOSERS,
  DEFAULT_THEMES,
  DISTRICT_STREETS,
  EMAIL_DOMAINS,
  fallbackAlias,
  FIRST_NAMES,
  GENERIC_STREETS,
  KIND_SIGMA_M,
  KIND_THEMES,
  LAST_NAMES,
  LINK_SLUGS,
  OPENERS,
  PLACE_TEXTS,
  POPULARITY_ORDER,
  PROBLEM_EMAIL_SENTENCES,
  PROBLEM_INSULT_SENTENCES,
  PROBLEM_LINK_SENTENCES,
  PROBLEM_PHONE_SENTENCES,
  SHORT_TEXTS,
  StoryCtx,
  Template,
  THEME_KEYS,
  ThemeKey,
  THEMES,
} from './demo-data.texts';

// ---------------------------------------------------------------------------------------------
// Public types and constants

export interface ReferencePlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  district_id: string;
  kind: string;
  /** optional (dortmund-places.json has it): distance to the district boundary; pins stay inside it */
  boundary_distance_m?: number;
}

export type Channel = 'web' | 'event' | 'import';
export type ProblemKind = 'email' | 'phone' | 'insult' | 'link' | 'short' | 'duplicate';

export interface GeneratedEntry {
  placeName: string;
  story: string;
  address: string | null;
  lon: number;
  lat: number;
  firstName: string | null;
  email: string | null;
  consent: boolean;
  channel: Channel;
  submittedAt: Date;
  problem: null | ProblemKind;
  /** id of the reference place the entry was generated for (ground truth for grouping and tests) */
  placeId: string;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  places: ReferencePlace[];
  campaignStart?: Date;
  campaignEnd?: Date;
  /** the city festival weekend with the campaign's booth; null: no festival */
  festival?: { start: Date; end: Date } | null;
}

export const DEFAULT_SEED = 2026;
/** Campaign: 1 April to 31 July 2026, Dortmund local time (CEST). The end is inclusive. */
export const DEFAULT_CAMPAIGN_START = new Date('2026-04-01T00:00:00+02:00');
export const DEFAULT_CAMPAIGN_END = new Date('2026-07-31T23:59:59.999+02:00');
/** "DORTBUNT!" city festival weekend, Saturday and Sunday; the campaign has a booth there. */
export const DEFAULT_FESTIVAL: { name: string; start: Date; end: Date } = {
  name: 'DORTBUNT!',
  start: new Date('2026-05-09T00:00:00+02:00'),
  end: new Date('2026-05-10T23:59:59.999+02:00'),
};

/** Share of entries with a problem, and how the problems split among the kinds. */
export const PROBLEM_RATE = 0.05;
export const PROBLEM_MIX: Readonly<Record<ProblemKind, number>> = {
  email: 0.2,
  phone: 0.16,
  insult: 0.18,
  link: 0.16,
  short: 0.18,
  duplicate: 0.12,
};

export interface DemoUser {
  email: string;
  password: string;
  role: 'admin' | 'moderator' | 'district_viewer';
  districtIds: string[];
}

/** Demo accounts (for demo databases only; their passwords are public). */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@herzensorte.example', password: 'Herzensorte-Admin-2026', role: 'admin', districtIds: [] },
  { email: 'moderation@herzensorte.example', password: 'Herzensorte-Mod-2026', role: 'moderator', districtIds: [] },
  { email: 'hoerde@herzensorte.example', password: 'Herzensorte-Hoerde-2026', role: 'district_viewer', districtIds: ['hoerde'] },
];

// ---------------------------------------------------------------------------------------------
// Time: hourly buckets over the campaign, weighted by day and hour, sampled by binary search

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Local (Berlin) calendar day number: days since 1970-01-01 in local time. */
function localDay(utcMs: number): number {
  return Math.floor((utcMs + berlinOffsetMs(utcMs)) / DAY_MS);
}

function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Public holidays in North Rhine-Westphalia as local day numbers. */
function nrwHolidays(year: number): Set<number> {
  const e = easterDay(year);
  const fixed = [
    [0, 1],
    [4, 1],
    [9, 3],
    [10, 1],
    [11, 25],
    [11, 26],
  ].map(([m, d]) => Date.UTC(year, m, d) / DAY_MS);
  return new Set([...fixed, e - 2, e + 1, e + 39, e + 50, e + 60]);
}

// Relative submission activity per local hour (0..23).
const HOURS_WEEKDAY = [0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.25, 0.6, 0.9, 1.0, 1.1, 1.2, 1.5, 1.4, 1.1, 1.1, 1.2, 1.4, 1.6, 1.9, 2.1, 2.0, 1.5, 0.8];
const HOURS_WEEKEND = [0.45, 0.3, 0.14, 0.07, 0.04, 0.05, 0.1, 0.25, 0.6, 1.0, 1.4, 1.6, 1.6, 1.5, 1.5, 1.6, 1.6, 1.6, 1.7, 1.9, 2.0, 1.8, 1.3, 0.7];
// The festival booth (tablets at the campaign stand) is open 11:00–21:00.
const HOURS_BOOTH = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.6, 0.9, 1.0, 1.1, 1.2, 1.2, 1.1, 1.0, 0.8, 0.5, 0, 0, 0];
const BOOTH_SUM = HOURS_BOOTH.reduce((a, b) => a + b, 0);
/** Booth entries on a festival day, relative to that day's web entries. */
const BOOTH_RATIO = 0.8;
/** Imports (postcards typed in by staff on Tuesdays and Thursdays, office hours): share of all entries. */
const IMPORT_SHARE = 0.02;
const FESTIVAL_FACTOR = 3.5;
const FESTIVAL_BEFORE = [2.2, 1.5, 1.2];
const FESTIVAL_AFTER = [2.0, 1.5, 1.25, 1.1];

class TimeModel {
  private readonly start: Float64Array;
  private readonly length: Float64Array;
  private readonly web: Float64Array;
  private readonly event: Float64Array;
  private readonly imp: Float64Array;
  private readonly table: WeightedTable<number>;

  constructor(startMs: number, endMs: number, festival: { start: Date; end: Date } | null, random: Random) {
    const endExcl = endMs + 1;
    const firstHour = Math.floor(startMs / HOUR_MS) * HOUR_MS;
    const n = Math.max(1, Math.ceil((endExcl - firstHour) / HOUR_MS));
    this.start = new Float64Array(n);
    this.length = new Float64Array(n);
    this.web = new Float64Array(n);
    this.event = new Float64Array(n);
    this.imp = new Float64Array(n);

    const firstDay = localDay(startMs);
    const lastDay = localDay(endMs);
    const nDays = lastDay - firstDay + 1;
    const festStart = festival ? localDay(festival.start.getTime()) : NaN;
    const festEnd = festival ? localDay(festival.end.getTime()) : NaN;
    const holidays = new Set<number>();
    for (let y = new Date(startMs).getUTCFullYear(); y <= new Date(endMs).getUTCFullYear() + 1; y++) for (const h of nrwHolidays(y)) holidays.add(h);

    // Day weights: launch peak, gentle decline, final spurt, weekends and holidays, festival, weather.
    const dayWeight = new Float64Array(nDays);
    for (let k = 0; k < nDays; k++) {
      const day = firstDay + k;
      const dow = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
      let w = 1 + 1.6 * Math.exp(-k / 2.5);
      w *= 1 - (0.2 * k) / Math.max(1, nDays - 1);
      const left = nDays - 1 - k;
      if (left < 5) w *= 1 + 0.12 * (5 - left);
      if (holidays.has(day) || dow === 0) w *= 1.35;
      else if (dow === 6) w *= 1.3;
      if (day >= festStart && day <= festEnd) w *= FESTIVAL_FACTOR;
      else if (day < festStart && festStart - day <= FESTIVAL_BEFORE.length) w *= FESTIVAL_BEFORE[festStart - day - 1];
      else if (day > festEnd && day - festEnd <= FESTIVAL_AFTER.length) w *= FESTIVAL_AFTER[day - festEnd - 1];
      w *= Math.exp(random.gaussian(0, 0.2));
      dayWeight[k] = w;
    }

    let webTotal = 0;
    let eventTotal = 0;
    const importSlots: number[] = [];
    for (let b = 0; b < n; b++) {
      const t = firstHour + b * HOUR_MS;
      const lo = Math.max(t, startMs);
      const hi = Math.min(t + HOUR_MS, endExcl);
      this.start[b] = lo;
      this.length[b] = Math.max(0, hi - lo);
      const frac = this.length[b] / HOUR_MS;
      const local = t + berlinOffsetMs(t);
      const day = Math.floor(local / DAY_MS);
      const hour = Math.floor((local - day * DAY_MS) / HOUR_MS);
      const dow = (day + 4) % 7;
      const k = day - firstDay;
      const dw = k >= 0 && k < nDays ? dayWeight[k] : 0;
      const restDay = dow === 0 || dow === 6 || holidays.has(day);
      const festivalDay = day >= festStart && day <= festEnd;
      const profile = restDay || festivalDay ? HOURS_WEEKEND : HOURS_WEEKDAY;
      this.web[b] = dw * profile[hour] * frac;
      webTotal += this.web[b];
      if (festivalDay) {
        const dayWebTotal = dw * HOURS_WEEKEND.reduce((a, x) => a + x, 0);
        this.event[b] = ((dayWebTotal * BOOTH_RATIO * HOURS_BOOTH[hour]) / BOOTH_SUM) * frac;
        eventTotal += this.event[b];
      }
      if (!restDay && (dow === 2 || dow === 4) && hour >= 9 && hour < 16 && frac > 0) importSlots.push(b);
    }
    if (importSlots.length) {
      const importTotal = (IMPORT_SHARE / (1 - IMPORT_SHARE)) * (webTotal + eventTotal);
      for (const b of importSlots) this.imp[b] = (importTotal / importSlots.length) * (this.length[b] / HOUR_MS);
    }
    const weights: number[] = new Array(n);
    const idx: number[] = new Array(n);
    for (let b = 0; b < n; b++) {
      weights[b] = this.web[b] + this.event[b] + this.imp[b];
      idx[b] = b;
    }
    if (!weights.some((w) => w > 0)) weights[0] = 1;
    this.table = new WeightedTable(idx, weights);
  }

  sample(r: Random): { ms: number; channel: Channel } {
    const b = this.table.pick(r);
    const ms = Math.floor(this.start[b] + r.float() * this.length[b]);
    const x = r.float() * (this.web[b] + this.event[b] + this.imp[b]);
    const channel: Channel = x < this.web[b] ? 'web' : x < this.web[b] + this.event[b] ? 'event' : 'import';
    return { ms, channel };
  }
}

// ---------------------------------------------------------------------------------------------
// Places

interface PreparedPlace {
  ref: ReferencePlace;
  forms: AliasForms[];
  /** per alias: the sentence context, and the same with "hier" for "am Phoenixsee" */
  ctx: Array<[StoryCtx, StoryCtx]>;
  names: string[];
  facts: Template[];
  themes: WeightedTable<ThemeKey>;
  streets: Array<[string, string]>;
  sigma: number;
  cap: number;
  cosLat: number;
  officialUsable: boolean;
}

const M_PER_DEG_LAT = 111_320;

function prepare(place: ReferencePlace, r: Random): PreparedPlace {
  const text = PLACE_TEXTS[place.id];
  const aliases = text?.aliases ?? [fallbackAlias(place.name)];
  const themeWeights: Partial<Record<ThemeKey, number>> = { ...DEFAULT_THEMES, ...(text?.themes ?? KIND_THEMES[place.kind] ?? { natur: 1 }) };
  const keys = THEME_KEYS.filter((k) => (themeWeights[k] ?? 0) > 0);
  const bd = place.boundary_distance_m;
  const capM = typeof bd === 'number' && Number.isFinite(bd) && bd > 0 ? Math.min(0.9 * bd, 1500) : 1500;
  const sigma = Math.min(KIND_SIGMA_M[place.kind] ?? 120, capM / 2.2);
  return {
    ref: place,
    forms: aliases.map(aliasForms),
    ctx: aliases.map((a) => {
      const c = storyCtx(r, aliasForms(a));
      return [c, { ...c, L: 'hier', Lc: 'Hier' }];
    }),
    names: text?.names ?? [],
    facts: text?.facts ?? [],
    themes: new WeightedTable(keys, keys.map((k) => themeWeights[k]!)),
    streets: text?.streets ?? DISTRICT_STREETS[place.district_id] ?? GENERIC_STREETS,
    sigma,
    cap: capM,
    cosLat: Math.cos((place.lat * Math.PI) / 180),
    officialUsable: !/koordinate|stat\. bezirk|offizielle/i.test(place.name),
  };
}

/** Lowercase terms whose presence in a story counts as mentioning the place (for tests and analyses). */
export function placeMentionTerms(place: ReferencePlace): string[] {
  const text = PLACE_TEXTS[place.id];
  const aliases = text?.aliases ?? [fallbackAlias(place.name)];
  const terms = new Set<string>();
  for (const a of aliases) for (const k of aliasForms(a).keys) terms.add(k);
  return [...terms];
}

function validatePlaces(places: ReferencePlace[]): void {
  if (!Array.isArray(places) || places.length === 0) throw new RangeError('generateEntries needs at least one reference place');
  for (const p of places) {
    if (!p || typeof p.id !== 'string' || typeof p.name !== 'string' || !Number.isFinite(p.lon) || !Number.isFinite(p.lat)) {
      throw new RangeError(`invalid reference place: ${JSON.stringify(p)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Duplicate guard: a compact set of 32-bit hashes of normalised clean stories

/**
 * Hash of a clean story before styling (clean stories differ from each other only in their words,
 * never in case or spacing, so raw equality is what matters). For speed it reads the length and 32
 * characters spread over the text: equal stories always hash alike; the rare different stories that
 * collide (typically near-duplicates, which triage would flag anyway) are simply regenerated.
 */
function storyHash(story: string): number {
  const n = story.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  const step = n > 32 ? Math.floor(n / 32) : 1;
  for (let i = n - 1; i >= 0; i -= step) h = Math.imul(h ^ story.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

class HashSet32 {
  private table: Uint32Array;
  private size = 0;
  private readonly limit: number;

  constructor(expected: number) {
    let cap = 1024;
    while (cap < expected * 2 && cap < 1 << 24) cap <<= 1;
    this.table = new Uint32Array(cap);
    this.limit = Math.floor(cap * 0.7);
  }

  /** Adds h; false if it was already there. Once full, accepts everything (the guard is best effort). */
  add(h: number): boolean {
    if (this.size >= this.limit) return true;
    const mask = this.table.length - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const v = this.table[i];
      if (v === 0) {
        this.table[i] = h;
        this.size++;
        return true;
      }
      if (v === h) return false;
      i = (i + 1) & mask;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Stories

const SENTENCE_COUNT = new WeightedTable([1, 2, 3, 4, 5, 6, 7], [9, 18, 24, 20, 14, 9, 6]);
const PROMPTS = ['S', 'T', 'A'] as const;
type Prompt = (typeof PROMPTS)[number];
const MAX_STORY = 600;
const MIN_STORY = 40;

function storyCtx(r: Random, f: AliasForms): StoryCtx {
  return { r, n: f.n, N: f.N, Nc: f.Nc, A: f.A, L: f.L, Lc: f.Lc, Z: f.Z, poss: f.poss };
}

function buildSentences(r: Random, p: PreparedPlace, maxSentences = 7, minSentences = 1): string[] {
  // After the first sentence, "am Phoenixsee" often becomes "hier", as people write.
  const [c, ctxHere] = r.pick(p.ctx);
  const n = Math.max(minSentences, Math.min(maxSentences, SENTENCE_COUNT.pick(r)));
  const out: string[] = [];
  const used: Template[] = [];
  let length = 0;
  const push = (s: string): boolean => {
    if (length + s.length + 1 > MAX_STORY) return false;
    out.push(s);
    length += s.length + 1;
    return true;
  };
  const take = (pool: Template[]): string => {
    let tpl = r.pick(pool);
    for (let i = 0; i < 3 && used.includes(tpl); i++) tpl = r.pick(pool);
    used.push(tpl);
    return tpl(out.length > 0 && r.chance(0.55) ? ctxHere : c);
  };

  const t1 = p.themes.pick(r);
  let t2 = p.themes.pick(r);
  if (t2 === t1) t2 = p.themes.pick(r);

  // First sentence: usually names the place.
  const x = r.float();
  let factUsed = false;
  if (x < 0.78) push(take(OPENERS));
  else if (x < 0.9 && p.facts.length) {
    push(take(p.facts));
    factUsed = true;
  } else push(take(THEMES[t1].S));

  // The rest answers the prompts.
  const plan: Prompt[] = [];
  if (n === 2) plan.push(r.pick(PROMPTS));
  else if (n === 3) plan.push(...r.pick<Prompt[]>([['S', 'T'], ['T', 'A'], ['S', 'A'], ['S', 'T']]));
  else if (n >= 4) {
    plan.push('S', 'T', 'A');
    for (let i = 4; i < n; i++) plan.push(r.pick(PROMPTS));
  }
  const withCloser = n >= 3 && r.chance(0.3);
  if (withCloser) plan.pop();
  for (let i = 0; i < plan.length; i++) {
    const prompt = plan[i];
    const theme = i === 0 || r.chance(0.6) ? t1 : t2;
    let s: string;
    if (prompt === 'S' && !factUsed && p.facts.length && r.chance(0.4)) {
      s = take(p.facts);
      factUsed = true;
    } else {
      s = take(THEMES[theme][prompt]);
      if (prompt === 'A' && r.chance(0.2)) s = r.pick(ANECDOTE_PREFIX) + s;
    }
    if (!push(s)) break;
  }
  if (withCloser) push(take(CLOSERS));
  // Never shorter than MIN_STORY: add a "how I spend time there" sentence or a closer.
  for (let guard = 0; length < MIN_STORY + 3 && guard < 4; guard++) push(take(guard % 2 === 0 ? THEMES[t1].T : CLOSERS));
  return out;
}

/** Writing habits: lowercase, no final full stop, "!!", emoji, paragraphs. */
function styleStory(r: Random, sentences: string[], joined: string): string {
  let story = joined;
  if (sentences.length >= 3 && r.chance(0.05)) {
    const cut = r.int(1, sentences.length - 1);
    story = sentences.slice(0, cut).join(' ') + (r.chance(0.7) ? '\n\n' : '\n') + sentences.slice(cut).join(' ');
  }
  const x = r.float();
  if (x < 0.03) story = story.toLowerCase();
  else if (x < 0.06) story = story.replace(/\.$/, '!!');
  else if (x < 0.1) story = story.replace(/\.$/, '');
  else if (x < 0.12) story = story.replace(/\. /, '... ');
  if (r.chance(0.03)) story += ' ' + r.pick(['❤️', '💛🖤', '😊', '🙂', '❤']);
  return story;
}

// ---------------------------------------------------------------------------------------------
// People, contact data, addresses

const NAME_GROUPS = new WeightedTable(
  FIRST_NAMES.map((g) => g.names),
  FIRST_NAMES.map((g) => g.weight),
);

function firstNameOf(r: Random): string {
  return r.pick(NAME_GROUPS.pick(r));
}

function displayName(r: Random, first: string): string {
  const x = r.float();
  if (x < 0.08) return `${first} ${r.pick(LAST_NAMES).charAt(0)}.`;
  if (x < 0.11) return `${first} (${r.int(8, 89)})`;
  if (x < 0.13) return `${first} aus ${r.pick(['Hörde', 'Eving', 'Aplerbeck', 'der Nordstadt', 'Huckarde', 'Brackel', 'Mengede', 'Hombruch', 'Scharnhorst', 'Lütgendortmund'])}`;
  return first;
}

const slugCache = new Map<string, string>();
function slug(name: string): string {
  let s = slugCache.get(name);
  if (s === undefined) {
    s = asciiSlug(name);
    slugCache.set(name, s);
  }
  return s;
}

function emailLocal(r: Random, first: string): string {
  const f = slug(first) || 'mail';
  const l = slug(r.pick(LAST_NAMES)) || 'post';
  const year = r.int(1948, 2009);
  switch (r.int(0, 8)) {
    case 0:
      return `${f}.${l}`;
    case 1:
      return `${f}${l}`;
    case 2:
      return `${f.charAt(0)}.${l}`;
    case 3:
      return `${f}_${l}${String(year).slice(2)}`;
    case 4:
      return `${l}.${f}`;
    case 5:
      return `${f}${year}`;
    case 6:
      return `${f}.${l}${r.int(1, 99)}`;
    case 7:
      return `${f}-${l}`;
    default:
      return `${r.pick(['bvb', 'ruhr', 'pott', 'dortmund', 'westfalen', 'phoenix'])}.${f}${r.int(1, 999)}`;
  }
}

function emailAddress(r: Random, first: string): string {
  const x = r.float();
  const domain = x < 0.4 ? EMAIL_DOMAINS[0] : x < 0.75 ? EMAIL_DOMAINS[1] : EMAIL_DOMAINS[2];
  return `${emailLocal(r, first)}@${domain}`;
}

function address(r: Random, p: PreparedPlace): string {
  const [street, plz] = r.pick(p.streets);
  let no = String(r.int(1, 140));
  if (r.chance(0.08)) no += r.pick(['a', 'b', 'c']);
  const x = r.float();
  if (x < 0.45) return `${street} ${no}, ${plz} Dortmund`;
  if (x < 0.55) return `${street.replace(/straße$/, 'str.').replace(/Straße$/, 'Str.')} ${no}, ${plz} Dortmund`;
  if (x < 0.75) return `${street} ${no}`;
  if (x < 0.85) return `${street}, ${plz} Dortmund`;
  if (x < 0.95) return `${street} ${no}, Dortmund`;
  return `${street} ${no}, ${plz} Dortmund-${DISTRICT_LABEL[p.ref.district_id] ?? 'Mitte'}`;
}

const DISTRICT_LABEL: Record<string, string> = {
  'innenstadt-west': 'Innenstadt',
  'innenstadt-nord': 'Nordstadt',
  'innenstadt-ost': 'Innenstadt',
  eving: 'Eving',
  scharnhorst: 'Scharnhorst',
  brackel: 'Brackel',
  aplerbeck: 'Aplerbeck',
  hoerde: 'Hörde',
  hombruch: 'Hombruch',
  luetgendortmund: 'Lütgendortmund',
  huckarde: 'Huckarde',
  mengede: 'Mengede',
};

function placeName(r: Random, p: PreparedPlace): string {
  const x = r.float();
  let name: string;
  if (x < 0.35 && p.officialUsable) name = p.ref.name;
  else if (x < 0.7 && p.names.length) name = r.pick(p.names);
  else if (x < 0.82) name = r.pick(p.forms).N;
  else name = r.pick(p.forms).n;
  if (r.chance(0.04)) name = name.toLowerCase();
  return name.length > 120 ? name.slice(0, 120) : name;
}

// ---------------------------------------------------------------------------------------------
// Pins

function scatter(r: Random, p: PreparedPlace): { lon: number; lat: number } {
  let dx = 0;
  let dy = 0;
  if (r.chance(0.04)) {
    // someone who put the pin roughly, or on their front door near the place
    const d = Math.min(r.range(300, 1200), p.cap * r.range(0.5, 0.98));
    const a = r.range(0, 2 * Math.PI);
    dx = d * Math.cos(a);
    dy = d * Math.sin(a);
  } else {
    let ok = false;
    for (let i = 0; i < 6 && !ok; i++) {
      dx = r.gaussian(0, p.sigma);
      dy = r.gaussian(0, p.sigma);
      ok = dx * dx + dy * dy <= p.cap * p.cap;
    }
    if (!ok) {
      const k = (p.cap * r.range(0.2, 0.9)) / Math.hypot(dx, dy);
      dx *= k;
      dy *= k;
    }
  }
  return fromOffset(p, dx, dy);
}

function fromOffset(p: PreparedPlace, dx: number, dy: number): { lon: number; lat: number } {
  const lat = p.ref.lat + dy / M_PER_DEG_LAT;
  const lon = p.ref.lon + dx / (M_PER_DEG_LAT * p.cosLat);
  return { lon: Math.round(lon * 1e7) / 1e7, lat: Math.round(lat * 1e7) / 1e7 };
}

function offsetOf(p: PreparedPlace, lon: number, lat: number): [number, number] {
  return [(lon - p.ref.lon) * M_PER_DEG_LAT * p.cosLat, (lat - p.ref.lat) * M_PER_DEG_LAT];
}

// ---------------------------------------------------------------------------------------------
// Problems

function phoneNumber(r: Random): string {
  const digits = (n: number): string => {
    let s = String(r.int(1, 9));
    for (let i = 1; i < n; i++) s += String(r.int(0, 9));
    return s;
  };
  const mobile = r.pick(['151', '152', '157', '160', '162', '170', '171', '172', '173', '175', '176', '177', '178', '179']);
  switch (r.int(0, 7)) {
    case 0:
      return `0231 ${digits(r.int(6, 7))}`;
    case 1:
      return `0231/${digits(r.int(6, 7))}`;
    case 2:
      return `0${mobile}/${digits(r.int(7, 8))}`;
    case 3:
      return `0${mobile} ${digits(r.int(7, 8))}`;
    case 4:
      return `+49 231 ${digits(r.int(6, 7))}`;
    case 5:
      return `+49 ${mobile} ${digits(r.int(7, 8))}`;
    case 6:
      return `(0231) ${digits(2)} ${digits(2)} ${digits(2)}`;
    default:
      return `0${mobile}-${digits(3)} ${digits(2)} ${digits(3)}`;
  }
}

function obfuscatedEmail(r: Random, first: string): string {
  const addr = emailAddress(r, first);
  const [local, domain] = addr.split('@');
  const x = r.float();
  if (x < 0.45) return addr;
  if (x < 0.7) return `${local} (at) ${domain}`;
  if (x < 0.85) return `${local}[at]${domain}`;
  if (x < 0.93) return `${local} @ ${domain}`;
  return `${local} at ${domain.replace('.', ' dot ')}`;
}

interface RecentEntry {
  entry: GeneratedEntry;
  place: PreparedPlace;
}

function tinyChange(r: Random, story: string): string {
  const x = r.float();
  if (x < 0.25) return story;
  if (x < 0.45) return story.replace(/[.!]*$/, '') + '!!';
  if (x < 0.6) return story.toLowerCase();
  if (x < 0.7) return story.replace(/[.!?]$/, '');
  if (x < 0.8) return story.replace(/ /, '  ') + ' ';
  if (x < 0.9) return story.charAt(0).toLowerCase() + story.slice(1);
  return `${story}\n`;
}

// ---------------------------------------------------------------------------------------------
// The generator

const PROBLEM_KINDS: ProblemKind[] = ['email', 'phone', 'insult', 'link', 'short', 'duplicate'];

export function* generateEntries(opts: GenerateOptions): Generator<GeneratedEntry> {
  const count = Math.floor(opts.count);
  if (!Number.isFinite(count) || count < 0) throw new RangeError(`count must be a whole number >= 0 (got ${opts.count})`);
  validatePlaces(opts.places);
  const startMs = (opts.campaignStart ?? DEFAULT_CAMPAIGN_START).getTime();
  const endMs = (opts.campaignEnd ?? DEFAULT_CAMPAIGN_END).getTime();
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs < startMs) throw new RangeError('campaignEnd must not be before campaignStart');
  const festival = opts.festival === undefined ? DEFAULT_FESTIVAL : opts.festival;

  const seed = opts.seed ?? DEFAULT_SEED;
  const r = new Random(seed);
  const time = new TimeModel(startMs, endMs, festival, new Random(seed).fork(1));

  // Popularity: the known order first, unknown places after them in input order; Zipf-like weights.
  const prepared = opts.places.map((place) => prepare(place, r));
  const rank = (id: string): number => {
    const i = POPULARITY_ORDER.indexOf(id);
    return i < 0 ? POPULARITY_ORDER.length : i;
  };
  const ordered = prepared.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p.ref.id) - rank(b.p.ref.id) || a.i - b.i);
  const placeTable = new WeightedTable(
    ordered.map((o) => o.p),
    ordered.map((_o, k) => 1 / Math.pow(k + 1.5, 0.95)),
  );
  const problemTable = new WeightedTable(
    PROBLEM_KINDS,
    PROBLEM_KINDS.map((k) => PROBLEM_MIX[k]),
  );

  const seen = new HashSet32(count);
  const RECENT = 512;
  const recent: RecentEntry[] = [];
  let recentNext = 0;

  for (let i = 0; i < count; i++) {
    let problem: ProblemKind | null = r.chance(PROBLEM_RATE) ? problemTable.pick(r) : null;
    if (problem === 'duplicate' && recent.length === 0) problem = 'short';

    if (problem === 'duplicate') {
      const pickIdx = r.chance(0.7) ? (recentNext - 1 - r.int(0, Math.min(10, recent.length) - 1) + RECENT) % RECENT : r.int(0, recent.length - 1);
      const src = recent[pickIdx];
      yield duplicateOf(r, src, endMs);
      continue;
    }

    const { ms, channel } = time.sample(r);
    const p = placeTable.pick(r);
    const { lon, lat } = scatter(r, p);

    let sentences: string[];
    let joined: string;
    if (problem === null) {
      sentences = buildSentences(r, p);
      joined = sentences.join(' ');
      // Popular places exhaust the one-sentence stories: retry, then with longer ones.
      for (let tries = 0; tries < 6 && !seen.add(storyHash(joined)); tries++) {
        sentences = buildSentences(r, p, 7, tries < 2 ? 1 : 3);
        joined = sentences.join(' ');
      }
    } else {
      sentences = buildSentences(r, p, 4);
      joined = '';
    }

    const first = firstNameOf(r);
    let story: string;
    switch (problem) {
      case 'short': {
        const f = r.pick(p.forms);
        const options = [r.pick(SHORT_TEXTS), r.pick(SHORT_TEXTS), `${f.n}!`, `${f.n} ❤️`, `${f.n} ist toll`];
        story = options[r.int(0, options.length - 1)];
        if (story.length >= 20) story = r.pick(SHORT_TEXTS);
        break;
      }
      case 'email':
        story = withInserted(r, sentences, r.pick(PROBLEM_EMAIL_SENTENCES)(obfuscatedEmail(r, first)));
        break;
      case 'phone':
        story = withInserted(r, sentences, r.pick(PROBLEM_PHONE_SENTENCES)(phoneNumber(r)));
        break;
      case 'insult':
        story = withInserted(r, sentences, r.pick(PROBLEM_INSULT_SENTENCES));
        break;
      case 'link':
        story = withInserted(r, sentences, r.pick(PROBLEM_LINK_SENTENCES)(r.pick(LINK_SLUGS), r.int(1e6, 2e9)));
        break;
      default:
        story = styleStory(r, sentences, joined);
    }

    const nullName = channel === 'event' ? 0.25 : channel === 'import' ? 0.2 : 0.42;
    const firstName = r.chance(nullName) ? null : displayName(r, first);
    const emailRate = channel === 'event' ? 0.22 : channel === 'import' ? 0.05 : 0.32;
    const email = r.chance(emailRate) ? emailAddress(r, first) : null;
    const consent = email !== null || r.chance(0.08);
    const nullAddress = channel === 'event' ? 0.45 : channel === 'import' ? 0.1 : 0.3;
    const addr = r.chance(nullAddress) ? null : address(r, p);

    const entry: GeneratedEntry = {
      placeName: placeName(r, p),
      story,
      address: addr,
      lon,
      lat,
      firstName,
      email,
      consent,
      channel,
      submittedAt: new Date(ms),
      problem,
      placeId: p.ref.id,
    };
    if (problem === null) {
      recent[recentNext] = { entry, place: p };
      recentNext = (recentNext + 1) % RECENT;
    }
    yield entry;
  }
}

function withInserted(r: Random, sentences: string[], extra: string): string {
  const out = sentences.slice();
  const x = r.float();
  const at = x < 0.6 ? out.length : x < 0.75 ? 0 : r.int(1, Math.max(1, out.length - 1));
  out.splice(at, 0, extra);
  return out.join(' ');
}

function duplicateOf(r: Random, src: RecentEntry, endMs: number): GeneratedEntry {
  const e = src.entry;
  const p = src.place;
  // a second click within 150 m of the first pin, still inside the place's radius
  let pos = { lon: e.lon, lat: e.lat };
  if (r.chance(0.75)) {
    const [ox, oy] = offsetOf(p, e.lon, e.lat);
    for (let i = 0; i < 4; i++) {
      const d = r.range(0, 150);
      const a = r.range(0, 2 * Math.PI);
      const nx = ox + d * Math.cos(a);
      const ny = oy + d * Math.sin(a);
      if (nx * nx + ny * ny <= p.cap * p.cap) {
        pos = fromOffset(p, nx, ny);
        break;
      }
    }
  }
  // mostly a double submission within minutes (same channel), else a copy days later on the web
  const soon = r.chance(0.6);
  const delay = soon ? r.range(30_000, 30 * 60_000) : r.range(HOUR_MS, 10 * DAY_MS);
  const ms = Math.min(e.submittedAt.getTime() + delay, endMs);
  const sameContact = r.chance(0.6);
  return {
    placeName: r.chance(0.85) ? e.placeName : placeName(r, p),
    story: tinyChange(r, e.story),
    address: sameContact ? e.address : null,
    lon: pos.lon,
    lat: pos.lat,
    firstName: sameContact ? e.firstName : null,
    email: sameContact ? e.email : null,
    consent: sameContact ? e.consent : false,
    channel: soon && e.channel === 'event' ? 'event' : 'web',
    submittedAt: new Date(Math.floor(ms)),
    problem: 'duplicate',
    placeId: e.placeId,
  };
}
