import { buildReport, CityFigures, ReportInput } from './report-figures';

const city: CityFigures = {
  labels: { natur: 'Natur', wasser: 'Wasser' },
  // 100 approved in "a", 300 in "b"
  approved: { a: 100, b: 300 },
  themes: { a: { natur: 60, wasser: 3 }, b: { natur: 60, wasser: 150 } },
  terms: { a: { enten: 30, see: 2 }, b: { enten: 3, see: 150 } },
};

const input: ReportInput = {
  district: { id: 'a', name: 'A', nr: 1, population: 50_000, areaKm2: 20 },
  counts: { approved: 100, pending: 4, rejected: 7 },
  themes: { natur: 60, wasser: 3 },
  topPlaces: [{ id: 'p1', name: 'Teich', count: 12, lon: 7.4, lat: 51.5 }, { id: 'p2', name: 'Bank', count: 2, lon: 7.41, lat: 51.5 }],
  weekly: [{ week: '2026-05-04', count: 97 }, { week: '2026-05-11', count: 3 }],
  quotes: [],
};

describe('district report figures', () => {
  it('computes rates, shares and lift by hand', () => {
    const r = buildReport(input, city, false);
    // 100 approved / 50,000 residents × 10,000 = 20; 100 / 20 km² = 5
    expect([r.per10k, r.perKm2]).toEqual([20, 5]);
    expect(r.counts).toEqual({ pending: 4, approved: 100, rejected: 7, on_hold: 0, total: 111 });
    const natur = r.themes.find((t) => t.id === 'natur')!;
    // share 60/100 = 0.6; city 120/400 = 0.3; lift 2
    expect([natur.share, natur.cityShare, natur.lift]).toEqual([0.6, 0.3, 2]);
    // 60 of 100 against 60 of 300 in the rest: z ≈ 7.2, clearly significant
    expect(natur.significant).toBe(true);
    const wasser = r.themes.find((t) => t.id === 'wasser')!;
    expect([wasser.share, wasser.cityShare, wasser.lift]).toEqual([0.03, 0.3825, 0.078]);
    expect(wasser.significant).toBe(true);
    expect(r.terms.map((t) => t.term)).toEqual(['enten']);
    expect(r.withheld).toEqual([]);
  });

  it('withholds every figure from fewer than 5 entries for district viewers, and says which', () => {
    const r = buildReport(input, city, true);
    expect(r.counts).toEqual({ pending: null, approved: 100, rejected: 7, on_hold: null, total: 111 });
    expect(r.themes.find((t) => t.id === 'wasser')).toMatchObject({ count: null, share: null, lift: null, significant: false });
    expect(r.topPlaces.map((p) => p.name)).toEqual(['Teich']);
    expect(r.weekly).toEqual([{ week: '2026-05-04', count: 97 }, { week: '2026-05-11', count: null }]);
    expect(r.withheld).toEqual(['counts.pending', 'counts.on_hold', 'themes.wasser', 'topPlaces (places with fewer entries)', 'weekly (weeks with fewer entries)']);
    const tiny = buildReport({ ...input, counts: { approved: 3 }, themes: {} }, city, true);
    expect([tiny.per10k, tiny.perKm2, tiny.counts.approved]).toEqual([null, null, null]);
  });
});
