import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { berlinOffsetMs } from '../common/berlin-time';
import {
  DEFAULT_CAMPAIGN_END,
  DEFAULT_CAMPAIGN_START,
  DEFAULT_FESTIVAL,
  DEMO_USERS,
  GeneratedEntry,
  generateEntries,
  placeMentionTerms,
  ProblemKind,
  ReferencePlace,
} from './demo-data.generator';
import { createRandom, WeightedTable } from './random';

const DATA_DIR = process.env.DORTMUND_DATA_DIR ?? path.resolve(__dirname, '../../../../shared/data/dortmund');
const places: ReferencePlace[] = JSON.parse(readFileSync(path.join(DATA_DIR, 'dortmund-places.json'), 'utf8'));
const byId = new Map(places.map((p) => [p.id, p]));

const N = 10_000;
let entries: GeneratedEntry[];
beforeAll(() => {
  entries = [...generateEntries({ count: N, seed: 42, places })];
});

const clean = () => entries.filter((e) => e.problem === null);
const withProblem = (kind: ProblemKind) => entries.filter((e) => e.problem === kind);

function metres(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const k = Math.cos((b.lat * Math.PI) / 180) * 111_320;
  return Math.hypot((a.lon - b.lon) * k, (a.lat - b.lat) * 111_320);
}

/** Dortmund local calendar date of an instant. */
function localDate(d: Date): string {
  return new Date(d.getTime() + berlinOffsetMs(d.getTime())).toISOString().slice(0, 10);
}

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// What the triage filters will look for; clean stories must not trip any of them.
const PATTERNS: Record<Exclude<ProblemKind, 'short' | 'duplicate'>, RegExp> = {
  email: /@|\(at\)|\[at\]|\bat\s+example/i,
  phone: /(?:\+49|\(?\b0\d{2,4}\)?)[\s/-]?\d[\d\s/-]{4,}/,
  link: /https?:|www\.|\b[a-z0-9-]+\.(?:de|com|org|net|eu|info|io)\b/i,
  insult: /scheiß|scheiss|idiot|arschloch|fuck|wichser|shit|\barsch|hure|fotze|schlampe|bastard|penner|spast|kacke|bitch|\bass\b|\bgeil/i,
};

describe('generateEntries', () => {
  it('is deterministic: the same options give identical entries, another seed different ones', () => {
    const a = [...generateEntries({ count: 2000, seed: 7, places })];
    const b = [...generateEntries({ count: 2000, seed: 7, places })];
    const c = [...generateEntries({ count: 2000, seed: 8, places })];
    expect(b).toEqual(a);
    expect(c.map((e) => e.story)).not.toEqual(a.map((e) => e.story));
  });

  it('does not depend on the order of the places in the list', () => {
    const a = [...generateEntries({ count: 500, seed: 3, places })];
    const b = [...generateEntries({ count: 500, seed: 3, places: [...places].reverse() })];
    expect(b).toEqual(a);
  });

  it('yields exactly count entries', () => {
    expect(entries).toHaveLength(N);
    expect([...generateEntries({ count: 0, places })]).toHaveLength(0);
    expect([...generateEntries({ count: 1, places })]).toHaveLength(1);
    expect(() => [...generateEntries({ count: -1, places })]).toThrow(RangeError);
    expect(() => [...generateEntries({ count: 1, places: [] })]).toThrow(RangeError);
  });

  it('fills every field with a value of the right shape', () => {
    const wrong = entries.filter(
      (e) =>
        !(e.placeName.length > 0 && e.placeName.length <= 120) ||
        !(e.story.length > 0 && e.story.length <= 2000) ||
        !(e.firstName === null || (e.firstName.length > 0 && e.firstName.length <= 40)) ||
        !(e.address === null || e.address.length <= 200) ||
        !['web', 'event', 'import'].includes(e.channel) ||
        !(Number.isFinite(e.lon) && Number.isFinite(e.lat)) ||
        !(e.submittedAt instanceof Date) ||
        !byId.has(e.placeId) ||
        (e.email !== null && !(/^[a-z0-9._-]+@example\.(org|com|net)$/.test(e.email) && e.consent)),
    );
    expect(wrong).toEqual([]);
  });

  it('marks about 5 % as problems, and every kind occurs', () => {
    const share = entries.filter((e) => e.problem !== null).length / N;
    expect(share).toBeGreaterThanOrEqual(0.03);
    expect(share).toBeLessThanOrEqual(0.07);
    for (const kind of ['email', 'phone', 'insult', 'link', 'short', 'duplicate'] as const) {
      expect(withProblem(kind).length).toBeGreaterThan(10);
    }
  });

  it('writes stories that mention their place for most clean entries', () => {
    const stories = clean();
    const mentioning = stories.filter((e) => {
      const s = e.story.toLowerCase();
      return placeMentionTerms(byId.get(e.placeId)!).some((t) => s.includes(t));
    });
    expect(mentioning.length / stories.length).toBeGreaterThan(0.8);
  });

  it('keeps clean stories free of e-mail addresses, links, phone numbers and insults', () => {
    const stories = clean().map((e) => e.story);
    expect(stories.filter((s) => s.includes('@'))).toEqual([]);
    expect(stories.filter((s) => s.toLowerCase().includes('http'))).toEqual([]);
    expect(stories.filter((s) => s.toLowerCase().includes('www.'))).toEqual([]);
    for (const re of Object.values(PATTERNS)) expect(stories.filter((s) => re.test(s))).toEqual([]);
  });

  it('writes clean stories of 40 to about 600 characters, in German with umlauts', () => {
    const lengths = clean().map((e) => e.story.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(38);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(620);
    expect(lengths.filter((l) => l > 400).length).toBeGreaterThan(100);
    expect(lengths.filter((l) => l < 120).length).toBeGreaterThan(100);
    expect(clean().filter((e) => /[äöüß]/.test(e.story)).length / clean().length).toBeGreaterThan(0.5);
  });

  it('never repeats a clean story', () => {
    const seen = new Set(clean().map((e) => normalise(e.story)));
    expect(seen.size).toBe(clean().length);
  });

  it('puts the problem into the story so that it can be found', () => {
    for (const kind of ['email', 'phone', 'insult', 'link'] as const) {
      expect(withProblem(kind).filter((e) => !PATTERNS[kind].test(e.story))).toEqual([]);
    }
    expect(withProblem('email').some((e) => /\(at\)|\[at\]/.test(e.story))).toBe(true);
    expect(withProblem('phone').some((e) => e.story.includes('+49'))).toBe(true);
    expect(withProblem('short').filter((e) => e.story.length >= 20)).toEqual([]);
  });

  it('makes duplicates of an earlier entry at the same place, within 200 m', () => {
    const earlier = new Map<string, GeneratedEntry[]>();
    for (const e of entries) {
      const key = normalise(e.story);
      if (e.problem === 'duplicate') {
        const originals = (earlier.get(key) ?? []).filter((o) => o.placeId === e.placeId && metres(o, e) <= 200);
        expect(originals.length).toBeGreaterThan(0);
        expect(originals.some((o) => o.submittedAt.getTime() <= e.submittedAt.getTime())).toBe(true);
      }
      earlier.set(key, [...(earlier.get(key) ?? []), e]);
    }
  });

  it('submits within the campaign, also for a custom campaign', () => {
    const outside = (list: GeneratedEntry[], start: Date, end: Date) =>
      list.filter((e) => e.submittedAt.getTime() < start.getTime() || e.submittedAt.getTime() > end.getTime());
    expect(outside(entries, DEFAULT_CAMPAIGN_START, DEFAULT_CAMPAIGN_END)).toEqual([]);
    const campaignStart = new Date('2027-03-15T00:00:00+01:00');
    const campaignEnd = new Date('2027-04-14T23:59:59.999+02:00');
    const custom = [...generateEntries({ count: 2000, seed: 1, places, campaignStart, campaignEnd, festival: null })];
    expect(outside(custom, campaignStart, campaignEnd)).toEqual([]);
    expect(custom.filter((e) => e.channel === 'event')).toEqual([]);
    expect(new Set(custom.map((e) => localDate(e.submittedAt))).size).toBeGreaterThan(25);
  });

  it('makes the festival days clearly busier than the average day, with booth entries only there', () => {
    const perDay = new Map<string, number>();
    for (const e of entries) perDay.set(localDate(e.submittedAt), (perDay.get(localDate(e.submittedAt)) ?? 0) + 1);
    const average = N / perDay.size;
    const festivalDays = [localDate(DEFAULT_FESTIVAL.start), localDate(DEFAULT_FESTIVAL.end)];
    expect(festivalDays).toEqual(['2026-05-09', '2026-05-10']);
    for (const d of festivalDays) expect(perDay.get(d)!).toBeGreaterThanOrEqual(3 * average);
    const events = entries.filter((e) => e.channel === 'event');
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => !festivalDays.includes(localDate(e.submittedAt)))).toEqual([]);
    const web = entries.filter((e) => e.channel === 'web').length / N;
    expect(web).toBeGreaterThan(0.85);
    expect(entries.filter((e) => e.channel === 'import').length).toBeGreaterThan(0);
  });

  it('spreads hours realistically: evenings busy, nights quiet', () => {
    const hours = new Array<number>(24).fill(0);
    for (const e of entries) hours[new Date(e.submittedAt.getTime() + berlinOffsetMs(e.submittedAt.getTime())).getUTCHours()]++;
    expect(hours[20]).toBeGreaterThan(5 * hours[4]);
    expect(hours[12]).toBeGreaterThan(5 * hours[3]);
  });

  it('scatters pins around their place: mostly 50–300 m, never beyond 2 km', () => {
    const d = entries.map((e) => metres(e, byId.get(e.placeId)!));
    expect(Math.max(...d)).toBeLessThan(2000);
    const sorted = [...d].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    expect(median).toBeGreaterThan(50);
    expect(median).toBeLessThan(300);
    // places near a boundary keep their pins inside their district
    const crossing = entries.filter((e) => {
      const p = byId.get(e.placeId)!;
      return p.boundary_distance_m !== undefined && metres(e, p) >= p.boundary_distance_m;
    });
    expect(crossing).toEqual([]);
  });

  it('skews popularity: some places get far more entries than others', () => {
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(e.placeId, (counts.get(e.placeId) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(counts.size).toBe(places.length);
    expect(sorted[0]).toBeGreaterThan(5 * sorted[Math.floor(sorted.length / 2)]);
  });

  it('varies the contact data like real submissions', () => {
    const share = (f: (e: GeneratedEntry) => boolean) => entries.filter(f).length / N;
    expect(share((e) => e.firstName === null)).toBeGreaterThan(0.3);
    expect(share((e) => e.firstName === null)).toBeLessThan(0.5);
    expect(share((e) => e.email !== null)).toBeGreaterThan(0.25);
    expect(share((e) => e.email !== null)).toBeLessThan(0.35);
    expect(share((e) => e.address === null)).toBeGreaterThan(0.15);
    expect(entries.some((e) => e.address !== null && /^[^,]+ \d+[a-c]?, 44\d{3} Dortmund$/.test(e.address))).toBe(true);
    expect(new Set(entries.map((e) => e.placeName)).size).toBeGreaterThan(places.length * 2);
  });

  it('works with places it has no texts for', () => {
    const unknown: ReferencePlace[] = [
      { id: 'somewhere', name: 'Kleingartenanlage Sonnenschein (Beispiel)', lon: 7.47, lat: 51.51, district_id: 'innenstadt-ost', kind: 'park' },
    ];
    const list = [...generateEntries({ count: 300, seed: 9, places: unknown })];
    expect(list).toHaveLength(300);
    expect(list.filter((e) => e.placeId !== 'somewhere' || metres(e, unknown[0]) >= 2000)).toEqual([]);
    expect(list.filter((e) => e.story.includes('Kleingartenanlage Sonnenschein')).length).toBeGreaterThan(150);
  });

  it('generates 100,000 entries', () => {
    let n = 0;
    for (const e of generateEntries({ count: 100_000, seed: 2026, places })) if (e.story) n++;
    expect(n).toBe(100_000);
  }, 120_000);
});

describe('DEMO_USERS', () => {
  it('has an admin, a moderator and a district viewer for Hörde', () => {
    expect(DEMO_USERS.map((u) => [u.email, u.role, u.districtIds])).toEqual([
      ['admin@herzensorte.example', 'admin', []],
      ['moderation@herzensorte.example', 'moderator', []],
      ['hoerde@herzensorte.example', 'district_viewer', ['hoerde']],
    ]);
    for (const u of DEMO_USERS) expect(u.password.length).toBeGreaterThanOrEqual(12);
  });
});

describe('random', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const seqA = Array.from({ length: 1000 }, () => a.u32());
    expect(Array.from({ length: 1000 }, () => b.u32())).toEqual(seqA);
    expect(new Set(seqA).size).toBe(1000);
    const r = createRandom(0);
    let sum = 0;
    let outOfRange = 0;
    const ints = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const f = r.float();
      if (f < 0 || f >= 1) outOfRange++;
      sum += f;
      ints.add(r.int(3, 5));
    }
    expect(outOfRange).toBe(0);
    expect([...ints].sort()).toEqual([3, 4, 5]);
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });

  it('draws gaussians with the right spread and weighted picks in proportion', () => {
    const r = createRandom(99);
    const xs = Array.from({ length: 20_000 }, () => r.gaussian(10, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
    const table = new WeightedTable(['a', 'b', 'c'], [1, 2, 7]);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) counts[table.pick(r)]++;
    expect(counts.c / 20_000).toBeCloseTo(0.7, 1);
    expect(counts.a / 20_000).toBeCloseTo(0.1, 1);
    expect(r.weighted(['x', 'y'], [0, 1])).toBe('y');
    expect(createRandom(5).fork(1).u32()).toBe(createRandom(5).fork(1).u32());
  });
});
