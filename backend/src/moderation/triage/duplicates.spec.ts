import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DUPLICATE_RADIUS_M, duplicateFlag, findDuplicate, normaliseStory, similarity } from './duplicates';

interface Pair {
  a: string;
  b: string;
  duplicate: boolean;
  note: string;
}

const PAIRS: Pair[] = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../test/fixtures/triage/duplicates.json'), 'utf8'));

describe('normaliseStory', () => {
  it('lowercases, folds umlauts and strips punctuation, emoji and extra whitespace', () => {
    expect(normaliseStory('  Füße, Straße!!  Café ❤️ naïve\n\nÄRGER – „Öl“  ')).toBe('fuesse strasse cafe naive aerger oel');
    expect(normaliseStory('Schöner Ort'.normalize('NFD'))).toBe('schoener ort');
    expect(normaliseStory('BVB 09, 1909!')).toBe('bvb 09 1909');
    expect(normaliseStory('😊😊')).toBe('');
  });
});

describe('similarity', () => {
  it('is 1 for the same story however it is typed, and symmetric', () => {
    const s = 'Der Phoenixsee ist für mich ein echter Herzensort.';
    expect(similarity(s, s)).toBe(1);
    expect(similarity(s, 'der phoenixsee ist für mich ein echter herzensort!! ❤️')).toBe(1);
    const t = 'Der Westfalenpark ist für mich ein echter Herzensort.';
    expect(similarity(s, t)).toBeCloseTo(similarity(t, s), 10);
    expect(similarity(s, t)).toBeGreaterThan(0);
    expect(similarity(s, t)).toBeLessThan(0.9);
  });

  it('stays in [0, 1] and handles empty and very short texts', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('', 'Hallo')).toBe(0);
    expect(similarity('ab', 'AB!')).toBe(1);
    expect(similarity('ab', 'cd')).toBe(0);
  });

  it(`separates the labelled pairs at the default threshold (${PAIRS.length} pairs)`, () => {
    const wrong = PAIRS.map((p) => ({ ...p, score: similarity(p.a, p.b) })).filter((p) => p.score >= 0.9 !== p.duplicate);
    expect(wrong.map((p) => `${p.note}: ${p.score.toFixed(3)}`)).toEqual([]);
  });
});

describe('findDuplicate', () => {
  const base = 'Ich wohne seit 1998 in Hörde und bin fast jeden Tag am Phoenixsee. Im Sommer sitzen wir abends am Ufer und schauen den Segelbooten zu.';
  const candidates = [
    { id: 'a', story: 'Der Phoenixsee ist mein Lieblingsort, vor allem im Winter.' },
    { id: 'b', story: base.replace('jeden Tag', 'jeden Morgen') },
    { id: 'c', story: base.toLowerCase() },
    { id: 'd', story: 'Am Phoenixsee habe ich Segeln gelernt.' },
  ];

  it('returns the most similar candidate above the threshold', () => {
    expect(findDuplicate(base + '!!', candidates)).toEqual({ id: 'c', score: 1 });
    expect(findDuplicate(base, candidates.slice(0, 2))).toEqual({ id: 'b', score: similarity(base, candidates[1].story) });
  });

  it('returns null without a close candidate, and honours the threshold', () => {
    expect(findDuplicate('Der Florianturm ist der schönste Fernsehturm der Welt.', candidates)).toBeNull();
    expect(findDuplicate(base, [])).toBeNull();
    const score = similarity(base, candidates[1].story);
    expect(findDuplicate(base, candidates.slice(0, 2), score + 0.001)).toBeNull();
    expect(findDuplicate(base, [candidates[0]], 0.1)?.id).toBe('a');
  });

  it('gives the same answer as similarity() for every pair', () => {
    for (const p of PAIRS) {
      const found = findDuplicate(p.a, [{ id: 'x', story: p.b }]);
      const score = similarity(p.a, p.b);
      if (score >= 0.9) expect(found).toEqual({ id: 'x', score });
      else expect(found).toBeNull();
    }
  });

  it('makes a flag and exports the radius', () => {
    expect(duplicateFlag({ id: '42', score: 0.934 })).toEqual({ code: 'duplicate', detail: 'Ähnlich wie Eintrag 42 (93 %)' });
    expect(duplicateFlag({ id: '7', score: 1 })).toEqual({ code: 'duplicate', detail: 'Ähnlich wie Eintrag 7 (100 %)' });
    expect(DUPLICATE_RADIUS_M).toBe(200);
  });
});
