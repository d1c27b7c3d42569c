import { latLngToCell } from 'h3-js';
import { createAccount } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('heat and overview', () => {
  let t: TestApp;
  let viewer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    viewer = (await createAccount(t, 'district_viewer', ['hoerde'])).token;
  });
  afterAll(() => t.close());

  /** The expected cells computed here from the coordinates, independently of the stored cells. */
  async function expectedCells(res: number, where: string, params: unknown[] = []) {
    const rows = await t.db(`SELECT lon, lat FROM entries WHERE ${where}`, params);
    const counts = new Map<string, number>();
    for (const r of rows) {
      const cell = latLngToCell(r.lat, r.lon, res);
      counts.set(cell, (counts.get(cell) ?? 0) + 1);
    }
    return counts;
  }

  it('counts entries per H3 cell at resolutions 7, 8 and 9, with the list filters', async () => {
    for (const res of [7, 8, 9]) {
      const { body } = await t.http().get(`/api/analytics/heat?res=${res}`).set(auth(t.token)).expect(200);
      expect(body.res).toBe(res);
      expect(new Map(body.cells.map((c: any) => [c.h3, c.count]))).toEqual(await expectedCells(res, 'TRUE'));
    }
    const filter = encodeURIComponent(JSON.stringify({ status: 'approved', districtId: 'innenstadt-west' }));
    const { body } = await t.http().get(`/api/analytics/heat?res=8&filter=${filter}`).set(auth(t.token)).expect(200);
    expect(new Map(body.cells.map((c: any) => [c.h3, c.count]))).toEqual(await expectedCells(8, `status = 'approved' AND district_id = 'innenstadt-west'`));
  });

  it('gives a district viewer the cells of their approved entries only', async () => {
    const { body } = await t.http().get('/api/analytics/heat?res=9&filter={"status":"pending"}').set(auth(viewer)).expect(200);
    expect(body.cells).toEqual([]);
    const own = await t.http().get('/api/analytics/heat?res=9').set(auth(viewer)).expect(200);
    expect(own.body.cells.length).toBeGreaterThan(0);
    expect(new Map(own.body.cells.map((c: any) => [c.h3, c.count]))).toEqual(await expectedCells(9, `status = 'approved' AND district_id = 'hoerde'`));
  });

  it('refuses other resolutions and bad filters with 400', async () => {
    for (const q of ['res=6', 'res=abc', 'res=8&filter={"nope":1}', 'res=8&filter=[']) {
      const res = await t.http().get(`/api/analytics/heat?${q}`).set(auth(t.token)).expect(400);
      expect(res.body.message).toEqual(expect.any(String));
    }
  });

  it('gives dashboard figures that agree with the entry list', async () => {
    const { body } = await t.http().get('/api/analytics/overview').set(auth(t.token)).expect(200);
    for (const status of ['pending', 'approved', 'rejected', 'on_hold']) {
      const list = await t.http().get(`/api/entries?filter={"status":"${status}"}&range=[0,0]`).set(auth(t.token)).expect(200);
      expect([status, body.counts[status]]).toEqual([status, Number(list.headers['content-range'].split('/')[1])]);
    }
    expect(body.districts).toHaveLength(12);
    expect(body.districts.reduce((s: number, d: any) => s + d.count, 0)).toBe(body.counts.total);
    const [d] = await t.db(`SELECT population, area_km2 FROM districts WHERE id = 'hoerde'`);
    const hoerde = body.districts.find((x: any) => x.id === 'hoerde');
    expect(hoerde.per10k).toBeCloseTo((hoerde.count * 10000) / d.population, 2);
    expect(hoerde.perKm2).toBeCloseTo(hoerde.count / d.area_km2, 2);
    expect(body.weekly.reduce((s: number, w: any) => s + w.count, 0)).toBe(body.counts.total);
    const mine = await t.http().get('/api/analytics/overview').set(auth(viewer)).expect(200);
    expect(mine.body.districts.map((x: any) => x.id)).toEqual(['hoerde']);
    expect(mine.body.counts.pending).toBe(0);
    expect(mine.body.counts.approved).toBe(mine.body.counts.total);
  });

  it('reports on a district with figures that agree with the database', async () => {
    const { body: r } = await t.http().get('/api/districts/hoerde/report').set(auth(t.token)).expect(200);
    const rows = await t.db(`SELECT status, count(*)::int AS n FROM entries WHERE district_id = 'hoerde' GROUP BY 1`);
    for (const row of rows) expect([row.status, r.counts[row.status]]).toEqual([row.status, row.n]);
    const [d] = await t.db(`SELECT population, area_km2 FROM districts WHERE id = 'hoerde'`);
    expect(r.per10k).toBeCloseTo((r.counts.approved * 10000) / d.population, 2);
    expect(r.themes).toHaveLength(12);
    const [{ n: natur }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE district_id = 'hoerde' AND status = 'approved' AND 'natur' = ANY(themes)`);
    const theme = r.themes.find((x: any) => x.id === 'natur');
    expect(theme.count).toBe(natur);
    expect(theme.share).toBeCloseTo(natur / r.counts.approved, 3);
    expect(r.weekly.reduce((s: number, w: any) => s + w.count, 0)).toBe(r.counts.approved);
    expect(r.topPlaces.length).toBeGreaterThan(0);
    expect(r.quotes.length).toBeGreaterThan(0);
    const quoted = await t.db(`SELECT status, flags FROM entries WHERE id = ANY($1::uuid[])`, [r.quotes.map((q: any) => q.id)]);
    expect(quoted.every((q) => q.status === 'approved' && q.flags.length === 0)).toBe(true);
    // a district differs from the city somewhere: the demo data gives districts their own character
    expect(r.themes.some((x: any) => x.significant)).toBe(true);
    expect(r.terms.length).toBeGreaterThan(0);
  });

  it('gives a district viewer their own report only, without contact data', async () => {
    const { body: r } = await t.http().get('/api/districts/hoerde/report').set(auth(viewer)).expect(200);
    expect(r.district.id).toBe('hoerde');
    expect(JSON.stringify(r)).not.toMatch(/@[a-z0-9.-]+\.[a-z]{2,}/i);
    await t.http().get('/api/districts/innenstadt-west/report').set(auth(viewer)).expect(404);
    await t.http().get('/api/districts/atlantis/report').set(auth(t.token)).expect(404);
  });
});
