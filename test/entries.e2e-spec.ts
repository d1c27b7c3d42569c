import { PLACES, startTestApp, submission, TestApp } from './support/test-app';

describe('entries: public submission and admin CRUD', () => {
  let t: TestApp;
  const auth = () => ({ Authorization: `Bearer ${t.token}` });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('POST /api/public/entries', () => {
    it('stores an entry with district and H3 cells and answers 201 pending', async () => {
      const res = await t.http().post('/api/public/entries').send(submission()).expect(201);
      expect(res.body).toEqual({ id: expect.any(String), status: 'pending', districtId: 'hoerde' });
      const [row] = await t.db('SELECT district_id, h3_r7, h3_r8, h3_r9, status, first_name, channel FROM entries WHERE id = $1', [res.body.id]);
      expect(row).toMatchObject({ district_id: 'hoerde', status: 'pending', first_name: 'Ayşe', channel: 'web' });
      expect(row.h3_r8).toMatch(/^88[0-9a-f]{13}$/);
      expect(row.h3_r7).toMatch(/^87/);
      expect(row.h3_r9).toMatch(/^89/);
    });

    it('keeps the email in the contact table only, and only with consent', async () => {
      const res = await t.http().post('/api/public/entries').send(submission({ email: 'ayse@example.org', consent: true })).expect(201);
      const contacts = await t.db('SELECT email, consent FROM submitter_contacts WHERE entry_id = $1', [res.body.id]);
      expect(contacts).toEqual([{ email: 'ayse@example.org', consent: true }]);
      const record = await t.http().get(`/api/entries/${res.body.id}`).set(auth()).expect(200);
      expect(JSON.stringify(record.body)).not.toContain('ayse@example.org');
      const noConsent = await t.http().post('/api/public/entries').send(submission({ email: 'x@example.org' })).expect(400);
      expect(noConsent.body.errors).toEqual([{ field: 'consent', message: expect.stringMatching(/consent must be true/) }]);
    });

    it('refuses a pin outside Dortmund with 422 and stores nothing', async () => {
      const [{ n: before }] = await t.db('SELECT count(*)::int AS n FROM entries');
      const res = await t.http().post('/api/public/entries').send(submission(PLACES.essen)).expect(422);
      expect(res.body.message).toMatch(/not in Dortmund/);
      const [{ n: after }] = await t.db('SELECT count(*)::int AS n FROM entries');
      expect(after).toBe(before);
    });

    it.each([
      [{ placeName: 'x'.repeat(121) }, 'placeName', /120/],
      [{ placeName: '   ' }, 'placeName', /empty/],
      [{ story: '' }, 'story', /empty/],
      [{ story: 'x'.repeat(2001) }, 'story', /2000/],
      [{ address: 'x'.repeat(201) }, 'address', /200/],
      [{ firstName: 'x'.repeat(41) }, 'firstName', /40/],
      [{ lon: '7.5' }, 'lon', /number/],
      [{ lat: null }, 'lat', /number/],
      [{ lon: 1e400 }, 'lon', /./],
      [{ lat: 91 }, 'lat', /90/],
      [{ email: 'not-an-email', consent: true }, 'email', /email/],
      [{ isAdmin: true }, 'isAdmin', /should not exist/],
      [{ story: { $gt: '' } }, 'story', /string/],
    ])('refuses %j naming the field', async (override, field, message) => {
      const res = await t.http().post('/api/public/entries').send(submission(override));
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual({ field, message: expect.stringMatching(message) });
    });

    it('answers malformed JSON with 400, not 500', async () => {
      const res = await t.http().post('/api/public/entries').set('Content-Type', 'application/json').send('{"placeName": ');
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/not valid JSON/);
    });

    it('strips NUL and control characters instead of failing in PostgreSQL', async () => {
      const res = await t.http().post('/api/public/entries').send(submission({ placeName: 'See\u0000blick', story: 'Zeile 1\r\nZeile 2\u0007 am Wasser, wunderschön' })).expect(201);
      const [row] = await t.db('SELECT place_name, story FROM entries WHERE id = $1', [res.body.id]);
      expect(row).toEqual({ place_name: 'See blick', story: 'Zeile 1\nZeile 2 am Wasser, wunderschön' });
    });

    it('accepts a filled honeypot with 201 but stores nothing', async () => {
      const [{ n: before }] = await t.db('SELECT count(*)::int AS n FROM entries');
      const res = await t.http().post('/api/public/entries').send(submission({ website: 'http://spam.example' })).expect(201);
      expect(res.body.status).toBe('pending');
      const [{ n: after }] = await t.db('SELECT count(*)::int AS n FROM entries');
      expect(after).toBe(before);
    });
  });

  describe('GET /api/public/*', () => {
    it('lists approved entries only, as GeoJSON without contact data or address', async () => {
      const approved = await t.http().post('/api/public/entries').send(submission({ placeName: 'Westfalenpark', ...PLACES.westfalenpark, email: 'hidden@example.org', consent: true })).expect(201);
      await t.db(`UPDATE entries SET status = 'approved' WHERE id = $1`, [approved.body.id]);
      const res = await t.http().get('/api/public/entries').expect(200);
      expect(res.headers['content-type']).toMatch(/application\/geo\+json/);
      const fc = JSON.parse(res.text);
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features).toHaveLength(1);
      const [f] = fc.features;
      expect(f.geometry).toEqual({ type: 'Point', coordinates: [PLACES.westfalenpark.lon, PLACES.westfalenpark.lat] });
      expect(Object.keys(f.properties).sort()).toEqual(['districtId', 'firstName', 'id', 'placeName', 'story', 'themes']);
      expect(res.text).not.toContain('hidden@example.org');
      expect(res.text).not.toContain('Phoenixseestraße');
    });

    it('serves the 12 districts as GeoJSON', async () => {
      const res = await t.http().get('/api/public/districts').expect(200);
      const fc = JSON.parse(res.text);
      expect(fc.features).toHaveLength(12);
      expect(fc.features[0].properties).toEqual({ id: 'innenstadt-west', name: 'Innenstadt-West', nr: 1 });
      expect(fc.features.every((f: any) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')).toBe(true);
    });
  });

  describe('admin /api/entries', () => {
    it('needs a token', async () => {
      await t.http().get('/api/entries').expect(401);
      await t.http().get('/api/entries').set('Authorization', 'Bearer nonsense').expect(401);
      await t.http().get('/api/districts').expect(401);
    });

    it('lists with sort, range, filter and Content-Range', async () => {
      const res = await t.http().get('/api/entries').query({ sort: '["placeName","ASC"]', range: '[0,1]', filter: '{"districtId":"hoerde"}' }).set(auth()).expect(200);
      const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE district_id = 'hoerde'`);
      expect(res.headers['content-range']).toBe(`entries 0-1/${n}`);
      expect(res.body).toHaveLength(2);
      expect(res.body.every((e: any) => e.districtId === 'hoerde')).toBe(true);
      expect(Object.keys(res.body[0]).sort()).toEqual(
        ['address', 'channel', 'claimedBy', 'claimedUntil', 'districtId', 'firstName', 'flags', 'id', 'lat', 'lon', 'placeId', 'placeName', 'status', 'story', 'submittedAt', 'themes', 'updatedAt', 'version'].sort(),
      );
    });

    it('filters by text, status and date', async () => {
      const q = await t.http().get('/api/entries').query({ filter: '{"q":"westfalen"}' }).set(auth()).expect(200);
      expect(q.body.map((e: any) => e.placeName)).toEqual(['Westfalenpark']);
      const approved = await t.http().get('/api/entries').query({ filter: '{"status":"approved"}' }).set(auth()).expect(200);
      expect(approved.body.map((e: any) => e.placeName)).toEqual(['Westfalenpark']);
      const today = new Date().toISOString().slice(0, 10);
      const future = await t.http().get('/api/entries').query({ filter: JSON.stringify({ submittedFrom: '2999-01-01' }) }).set(auth()).expect(200);
      expect(future.body).toEqual([]);
      const upToToday = await t.http().get('/api/entries').query({ filter: JSON.stringify({ submittedTo: today, submittedFrom: '2020-01-01' }) }).set(auth()).expect(200);
      expect(upToToday.body.length).toBeGreaterThan(0);
    });

    it('refuses unknown sort and filter fields with 400', async () => {
      const sort = await t.http().get('/api/entries').query({ sort: '["email","ASC"]' }).set(auth()).expect(400);
      expect(sort.body.message).toMatch(/cannot sort entries by "email"/);
      const filter = await t.http().get('/api/entries').query({ filter: '{"email":"a"}' }).set(auth()).expect(400);
      expect(filter.body.message).toMatch(/cannot filter entries by "email"/);
    });

    it('updates editable fields with the current version, ignores read-only ones, and 409s a stale version', async () => {
      const { body: created } = await t.http().post('/api/public/entries').send(submission()).expect(201);
      const { body: record } = await t.http().get(`/api/entries/${created.id}`).set(auth()).expect(200);
      const res = await t.http().put(`/api/entries/${created.id}`).set(auth())
        .send({ ...record, placeName: 'Phoenixsee', status: 'approved', districtId: 'eving', flags: [{ code: 'x', detail: 'y' }], channel: 'import' })
        .expect(200);
      expect(res.body).toMatchObject({ placeName: 'Phoenixsee', status: 'pending', districtId: 'hoerde', channel: 'web', version: record.version + 1 });
      expect(res.body.flags).not.toContainEqual({ code: 'x', detail: 'y' });
      const stale = await t.http().put(`/api/entries/${created.id}`).set(auth()).send({ ...record, placeName: 'Lost edit' }).expect(409);
      expect(stale.body.message).toMatch(/changed by someone else/);
      const [row] = await t.db('SELECT place_name, version FROM entries WHERE id = $1', [created.id]);
      expect(row).toEqual({ place_name: 'Phoenixsee', version: record.version + 1 });
    });

    it('refuses fields that are not part of the record and a missing version', async () => {
      const { body: created } = await t.http().post('/api/public/entries').send(submission()).expect(201);
      const { body: record } = await t.http().get(`/api/entries/${created.id}`).set(auth()).expect(200);
      const extra = await t.http().put(`/api/entries/${created.id}`).set(auth()).send({ ...record, email: 'x@example.org' }).expect(400);
      expect(extra.body.message).toMatch(/email should not exist/);
      const { version, ...withoutVersion } = record;
      const missing = await t.http().put(`/api/entries/${created.id}`).set(auth()).send(withoutVersion).expect(400);
      expect(missing.body.errors[0].field).toBe('version');
    });

    it('re-derives district and cells when the pin moves, and refuses a move out of the city', async () => {
      const { body: created } = await t.http().post('/api/public/entries').send(submission()).expect(201);
      const { body: record } = await t.http().get(`/api/entries/${created.id}`).set(auth()).expect(200);
      const [before] = await t.db('SELECT h3_r9 FROM entries WHERE id = $1', [created.id]);
      const moved = await t.http().put(`/api/entries/${created.id}`).set(auth()).send({ ...record, ...PLACES.dortmunderU, districtId: undefined }).expect(200);
      expect(moved.body.districtId).toBe('innenstadt-west');
      const [after] = await t.db('SELECT h3_r9 FROM entries WHERE id = $1', [created.id]);
      expect(after.h3_r9).not.toBe(before.h3_r9);
      const outside = await t.http().put(`/api/entries/${created.id}`).set(auth()).send({ ...moved.body, ...PLACES.essen }).expect(422);
      expect(outside.body.message).toMatch(/not in Dortmund/);
      const [still] = await t.db('SELECT district_id FROM entries WHERE id = $1', [created.id]);
      expect(still.district_id).toBe('innenstadt-west');
    });

    it('answers 404 for unknown and malformed ids and deletes with the contact row', async () => {
      await t.http().get('/api/entries/00000000-0000-0000-0000-000000000000').set(auth()).expect(404);
      await t.http().get('/api/entries/not-a-uuid').set(auth()).expect(404);
      const { body: created } = await t.http().post('/api/public/entries').send(submission({ email: 'del@example.org', consent: true })).expect(201);
      const res = await t.http().delete(`/api/entries/${created.id}`).set(auth()).expect(200);
      expect(res.body.id).toBe(created.id);
      expect(await t.db('SELECT 1 FROM entries WHERE id = $1', [created.id])).toEqual([]);
      expect(await t.db('SELECT 1 FROM submitter_contacts WHERE entry_id = $1', [created.id])).toEqual([]);
      await t.http().delete(`/api/entries/${created.id}`).set(auth()).expect(404);
    });
  });

  describe('admin /api/districts', () => {
    it('lists districts with counts by status', async () => {
      const res = await t.http().get('/api/districts').query({ range: '[0,24]' }).set(auth()).expect(200);
      expect(res.headers['content-range']).toBe('districts 0-11/12');
      const hoerde = res.body.find((d: any) => d.id === 'hoerde');
      const [counts] = await t.db(`SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'pending')::int AS pending FROM entries WHERE district_id = 'hoerde'`);
      expect(hoerde).toMatchObject({ nr: 8, name: 'Hörde', population: 57315, areaKm2: 29.787 });
      expect(hoerde.counts).toMatchObject({ total: counts.total, pending: counts.pending, approved: 0 });
      const one = await t.http().get('/api/districts/hoerde').set(auth()).expect(200);
      expect(one.body).toEqual(hoerde);
      await t.http().get('/api/districts/atlantis').set(auth()).expect(404);
    });
  });
});
