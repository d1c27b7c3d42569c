/**
 * Quality of the theme classifier over the hand-labelled stories in test/fixtures/themes/stories.json
 * (German, as residents, visitors and newcomers write about Dortmund places; colloquial language,
 * compounds, inflections, ae/oe/ue spellings, a few typos; written independently of the keyword list).
 *
 * Printed: hit rate (share of stories where at least one predicted theme is right), micro precision
 * (right predictions / all predictions) and micro recall, for all stories, for the stories the
 * codebook was tuned on and for the holdout (the last HOLDOUT stories, written before any tuning and
 * never used for it), plus precision/recall per theme and the misclassified stories with the
 * keywords that fired. Asserted over all stories: hit rate ≥ 0.9 and precision ≥ 0.75.
 * No timing assertions here; the speed is measured outside the specs.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { classify, compileCodebook, explain } from './classifier';
import { THEME_IDS } from './codebook';

interface Labelled {
  text: string;
  themes: string[];
}

const FIXTURES: Labelled[] = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../test/fixtures/themes/stories.json'), 'utf8'));
const HOLDOUT = 30;
const MIN_HIT_RATE = 0.9;
const MIN_PRECISION = 0.75;

interface Case {
  f: Labelled;
  want: Set<string>;
  got: string[];
}

interface Summary {
  stories: number;
  hitRate: number;
  precision: number;
  recall: number;
}

function summarise(cases: readonly Case[]): Summary {
  let hits = 0;
  let right = 0;
  let predicted = 0;
  let wanted = 0;
  for (const { want, got } of cases) {
    if (got.some((t) => want.has(t))) hits++;
    right += got.filter((t) => want.has(t)).length;
    predicted += got.length;
    wanted += want.size;
  }
  return { stories: cases.length, hitRate: hits / cases.length, precision: predicted ? right / predicted : 1, recall: wanted ? right / wanted : 1 };
}

function perTheme(cases: readonly Case[]): string {
  const head = ['theme', 'stories', 'tp', 'fp', 'fn', 'precision', 'recall'];
  const lines = THEME_IDS.map((id) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { want, got } of cases) {
      const g = got.includes(id);
      if (g && want.has(id)) tp++;
      else if (g) fp++;
      else if (want.has(id)) fn++;
    }
    const r = (n: number, d: number): string => (d === 0 ? '-' : (n / d).toFixed(3));
    return [id, String(tp + fn), String(tp), String(fp), String(fn), r(tp, tp + fp), r(tp, tp + fn)];
  });
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  return [fmt(head), ...lines.map(fmt)].join('\n');
}

const fmtSummary = (name: string, s: Summary): string =>
  `${name.padEnd(8)} stories ${String(s.stories).padStart(3)}  hit rate ${s.hitRate.toFixed(3)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}`;

describe('theme classifier quality: labelled fixture set', () => {
  const cb = compileCodebook();
  const cases: Case[] = FIXTURES.map((f) => ({ f, want: new Set(f.themes), got: classify(f.text, cb) }));
  const tuned = cases.slice(0, cases.length - HOLDOUT);
  const holdout = cases.slice(cases.length - HOLDOUT);

  it('has a substantial, varied fixture set', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(140);
    for (const f of FIXTURES) {
      expect(f.text.length).toBeGreaterThan(40);
      expect(f.themes.length).toBeGreaterThanOrEqual(1);
      expect(f.themes.length).toBeLessThanOrEqual(3);
      for (const t of f.themes) expect(THEME_IDS).toContain(t);
    }
    for (const id of THEME_IDS) expect({ id, enough: FIXTURES.filter((f) => f.themes.includes(id)).length >= 10 }).toEqual({ id, enough: true });
    expect(new Set(FIXTURES.map((f) => f.text)).size).toBe(FIXTURES.length);
  });

  it(`reaches hit rate ≥ ${MIN_HIT_RATE} and precision ≥ ${MIN_PRECISION} (all stories; holdout printed separately)`, () => {
    const all = summarise(cases);
    const misses = cases
      .map((c, i) => ({ ...c, i }))
      .filter(({ want, got }) => got.some((t) => !want.has(t)) || [...want].some((t) => !got.includes(t)))
      .map(({ f, want, got, i }) => {
        const wrong = new Set(got.filter((t) => !want.has(t)));
        const why = explain(f.text, cb)
          .filter((e) => e.counted && wrong.has(e.theme))
          .map((e) => `${e.theme}←${e.word}`);
        const tag = i >= cases.length - HOLDOUT ? 'holdout ' : '';
        return `${tag}#${i + 1} want ${[...want].join(',')} | got ${got.join(',') || '-'}${why.length ? ` | ${[...new Set(why)].join(' ')}` : ''}`;
      });
    console.log(
      [
        `theme classifier over ${cases.length} labelled stories (last ${HOLDOUT} = holdout, never tuned on)`,
        fmtSummary('all', all),
        fmtSummary('tuned', summarise(tuned)),
        fmtSummary('holdout', summarise(holdout)),
        '',
        perTheme(cases),
        '',
        'holdout per theme:',
        perTheme(holdout),
      ].join('\n'),
    );
    if (misses.length) console.log(`not exactly right (${misses.length}):\n${misses.join('\n')}`);
    expect(all.hitRate).toBeGreaterThanOrEqual(MIN_HIT_RATE);
    expect(all.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
