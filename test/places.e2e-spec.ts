import { startTestApp, submission, TestApp } from './support/test-app';

describe('places', () => {
  let t: TestApp;
  const auth = () => ({ Authorization: `Bearer ${t.token}` });
  const submit = async (placeName: string, lon: number, lat: number) =>
    (await t.http().post('/api/public/entries').send(submission({ placeName, lon, lat })).expect(201)).body.id as string;
  const placeOf = async (id: string) => (await t.http().get(`/api/entries/${id}`).set(auth()).expect(200)).body.placeId as string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('groups entries within 100 m with similar names into one place with a count of hearts', async () => {
    const a = await submit('Phoenix-See', 7.51, 51.49);
    const b = await submit('Am Phoenixsee', 7.5103, 51.4901); // ~25 m away
    const c = await submit('Hörder Burg', 7.5101, 51.4901); // right there, another name
    const d = await submit('Phoenix-See', 7.52, 51.49); // ~700 m away
    const [pa, pb, pc, pd] = [await placeOf(a), await placeOf(b), await placeOf(c), await placeOf(d)];
    expect(pa).toBe(pb);
    expect(new Set([pa, pc, pd]).size).toBe(3);
    const { body: place } = await t.http().get(`/api/places/${pa}`).set(auth()).expect(200);
    expect(place).toMatchObject({ id: pa, name: 'Phoenix-See', districtId: 'hoerde', entryCount: 2 });
    expect(place.lon).toBeCloseTo((7.51 + 7.5103) / 2, 6);
    const list = await t.http().get('/api/places?sort=["entryCount","DESC"]&filter={"districtId":"hoerde"}').set(auth()).expect(200);
    expect(list.body[0].id).toBe(pa);
    expect(list.headers['content-range']).toBe('places 0-2/3');
  });

  it('merges and splits, keeping counts right; an edit that renames an entry regroups it', async () => {
    const x = await submit('Kiosk Hafen', 7.44, 51.53);
    const y = await submit('Trinkhalle am Hafen', 7.4401, 51.5301);
    const [px, py] = [await placeOf(x), await placeOf(y)];
    expect(px).not.toBe(py);
    const merged = await t.http().post(`/api/places/${px}/merge`).set(auth()).send({ placeIds: [py] }).expect(200);
    expect(merged.body.entryCount).toBe(2);
    await t.http().get(`/api/places/${py}`).set(auth()).expect(404);
    expect(await placeOf(y)).toBe(px);
    const split = await t.http().post(`/api/places/${px}/split`).set(auth()).send({ entryIds: [y] }).expect(200);
    expect(split.body).toMatchObject({ name: 'Trinkhalle am Hafen', entryCount: 1 });
    expect((await t.http().get(`/api/places/${px}`).set(auth()).expect(200)).body.entryCount).toBe(1);
    const bad = await t.http().post(`/api/places/${px}/split`).set(auth()).send({ entryIds: [x] }).expect(400);
    expect(bad.body.message).toMatch(/at least one entry/);
    await t.http().post(`/api/places/${px}/merge`).set(auth()).send({ placeIds: ['00000000-0000-0000-0000-000000000000'] }).expect(404);

    const { body: entry } = await t.http().get(`/api/entries/${x}`).set(auth()).expect(200);
    const renamed = await t.http().put(`/api/entries/${x}`).set(auth()).send({ ...entry, placeName: 'Trinkhalle am Hafen' }).expect(200);
    expect(renamed.body.placeId).toBe(split.body.id);
    await t.http().get(`/api/places/${px}`).set(auth()).expect(404); // emptied, gone
    await t.http().delete(`/api/entries/${x}`).set(auth()).expect(200);
    expect((await t.http().get(`/api/places/${split.body.id}`).set(auth()).expect(200)).body.entryCount).toBe(1);
  });

  it('groups a bulk load: every demo entry has a place and the counts add up', async () => {
    const demo = await startTestApp({ demoData: true });
    try {
      const [{ missing }] = await demo.db(`SELECT count(*)::int AS missing FROM entries WHERE place_id IS NULL`);
      expect(missing).toBe(0);
      const [{ entries, hearts, places }] = await demo.db(
        `SELECT (SELECT count(*)::int FROM entries) AS entries, (SELECT sum(entry_count)::int FROM places) AS hearts, (SELECT count(*)::int FROM places) AS places`,
      );
      expect(hearts).toBe(entries);
      expect(places).toBeLessThan(entries / 3); // the demo data names the same places many times
      const [{ wrong }] = await demo.db(`SELECT count(*)::int AS wrong FROM places p WHERE entry_count <> (SELECT count(*) FROM entries e WHERE e.place_id = p.id)`);
      expect(wrong).toBe(0);
    } finally {
      await demo.close();
    }
  });
});
