import { startTestApp, submission, TestApp } from './support/test-app';

/** Every GET route of the router without a path parameter that answers with Content-Range is a list route. */
async function listRoutes(t: TestApp): Promise<string[]> {
  const router = t.app.getHttpAdapter().getInstance().router;
  const candidates: string[] = router.stack
    .filter((layer: any) => layer.route?.methods?.get && typeof layer.route.path === 'string')
    .map((layer: any) => layer.route.path as string)
    .filter((path: string) => path.startsWith('/api/') && !path.includes(':'));
  const lists: string[] = [];
  for (const path of candidates) {
    const res = await t.http().get(path).set('Authorization', `Bearer ${t.token}`);
    if (res.headers['content-range']) lists.push(path);
  }
  return lists;
}

// Small deterministic PRNG so a failure can be replayed
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const WEIRD: unknown[] = [
  null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53, '', ' ', 'a', 'ASC', 'DESC', 'id', 'status', "'; DROP TABLE entries; --",
  '%', '_', '\\', '\u0000', '💖', 'ä'.repeat(300), [], [1], ['a', 'b'], {}, { a: 1 }, '2026-05-09', '2026-13-45', 'pending',
  '00000000-0000-0000-0000-000000000000', [null], [[]], { $gt: '' },
];

describe('property: random sort/range/filter never causes a 5xx', () => {
  let t: TestApp;
  let routes: string[];

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/public/entries').send(submission()).expect(201);
    routes = await listRoutes(t);
  });
  afterAll(() => t.close());

  it('finds the list routes from the router', () => {
    expect(routes).toEqual(expect.arrayContaining(['/api/entries', '/api/districts']));
  });

  it('answers 200 or a 400 with a message for 300 random queries per route', async () => {
    const random = rng(42);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const fields = ['id', 'status', 'districtId', 'q', 'flagged', 'theme', 'channel', 'submittedFrom', 'submittedTo', 'placeName', 'nr', 'name', 'x', '__proto__', 'constructor'];
    const raw = () => {
      const r = random();
      if (r < 0.15) return String(pick(WEIRD));
      if (r < 0.3) return JSON.stringify(pick(WEIRD));
      if (r < 0.4) return '[' + '['.repeat(Math.floor(random() * 50));
      return undefined;
    };
    const seen = new Map<number, number>();
    for (const route of routes) {
      for (let i = 0; i < 300; i++) {
        const query: Record<string, string> = {};
        const sort = raw() ?? JSON.stringify([pick(fields), pick(['ASC', 'DESC', 'asc', 'x', 1])]);
        const range = raw() ?? JSON.stringify([Math.floor(random() * 50) - 5, Math.floor(random() * 2000) - 5]);
        const filter = raw() ?? JSON.stringify({ [pick(fields)]: pick(WEIRD), ...(random() < 0.5 ? { [pick(fields)]: pick(WEIRD) } : {}) });
        if (random() < 0.8) query.sort = sort;
        if (random() < 0.8) query.range = range;
        if (random() < 0.8) query.filter = filter;
        const res = await t.http().get(route).query(query).set('Authorization', `Bearer ${t.token}`);
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        if (res.status >= 500 || ![200, 400].includes(res.status)) {
          throw new Error(`${route} ${JSON.stringify(query)} → ${res.status} ${res.text}`);
        }
        if (res.status === 400) expect(res.body.message).toEqual(expect.any(String));
        else expect(res.headers['content-range']).toMatch(/^\w[\w-]* (\d+-\d+|\*)\/\d+$/);
      }
    }
    // both outcomes occur, so the generator really exercises the parser
    expect(seen.get(200)).toBeGreaterThan(10);
    expect(seen.get(400)).toBeGreaterThan(10);
  });
});
