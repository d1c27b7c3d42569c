import { fetchUtils } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import { PLACES, startTestApp, submission, TestApp } from './support/test-app';

/** Drives the API with the same ra-data-simple-rest client the console uses. */
describe('contract: the real ra-data-simple-rest client', () => {
  let t: TestApp;
  let provider: ReturnType<typeof simpleRestProvider>;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const httpClient = (url: string, options: fetchUtils.Options = {}) => {
      const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
      headers.set('Authorization', `Bearer ${t.token}`);
      return fetchUtils.fetchJson(url, { ...options, headers });
    };
    provider = simpleRestProvider(`${t.baseUrl}/api`, httpClient);
    const names = ['Alter Markt', 'Brückstraße', 'Cafe Erdmann', 'Dortmunder U', 'Eisenbahnbrücke'];
    for (const placeName of names) {
      const { body } = await t.http().post('/api/public/entries').send(submission({ placeName, ...PLACES.dortmunderU })).expect(201);
      ids.push(body.id);
    }
    await t.http().post('/api/public/entries').send(submission({ placeName: 'Phoenix-See' })).expect(201);
  });
  afterAll(() => t.close());

  it('getList sorts, pages, filters and reads the total', async () => {
    const page1 = await provider.getList('entries', {
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'placeName', order: 'ASC' },
      filter: { districtId: 'innenstadt-west' },
    });
    expect(page1.total).toBe(5);
    expect(page1.data.map((e) => e.placeName)).toEqual(['Alter Markt', 'Brückstraße']);
    const page3 = await provider.getList('entries', {
      pagination: { page: 3, perPage: 2 },
      sort: { field: 'placeName', order: 'ASC' },
      filter: { districtId: 'innenstadt-west' },
    });
    expect(page3.data.map((e) => e.placeName)).toEqual(['Eisenbahnbrücke']);
    const search = await provider.getList('entries', { pagination: { page: 1, perPage: 10 }, sort: { field: 'submittedAt', order: 'DESC' }, filter: { q: 'erdmann' } });
    expect(search.data.map((e) => e.placeName)).toEqual(['Cafe Erdmann']);
  });

  it('getList reports an unknown sort field as an HttpError 400 with the message', async () => {
    await expect(
      provider.getList('entries', { pagination: { page: 1, perPage: 10 }, sort: { field: 'secret', order: 'ASC' }, filter: {} }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/cannot sort entries by "secret"/) });
  });

  it('getMany returns exactly the requested records', async () => {
    const { data } = await provider.getMany('entries', { ids: [ids[0], ids[2]] });
    expect(data.map((e) => e.id).sort()).toEqual([ids[0], ids[2]].sort());
    const districts = await provider.getMany('districts', { ids: ['hoerde', 'eving'] });
    expect(districts.data.map((d) => d.name).sort()).toEqual(['Eving', 'Hörde']);
  });

  it('getOne, update and delete round-trip', async () => {
    const { data: one } = await provider.getOne('entries', { id: ids[1] });
    expect(one).toMatchObject({ id: ids[1], placeName: 'Brückstraße', status: 'pending', districtId: 'innenstadt-west' });
    const { data: updated } = await provider.update('entries', { id: ids[1], data: { ...one, story: 'Geänderte Geschichte über die Brückstraße.' }, previousData: one });
    expect(updated).toMatchObject({ story: 'Geänderte Geschichte über die Brückstraße.', version: one.version + 1 });
    await expect(provider.update('entries', { id: ids[1], data: { ...one, story: 'veraltet' }, previousData: one })).rejects.toMatchObject({ status: 409 });
    const { data: deleted } = await provider.delete('entries', { id: ids[1], previousData: updated });
    expect(deleted.id).toBe(ids[1]);
    await expect(provider.getOne('entries', { id: ids[1] })).rejects.toMatchObject({ status: 404 });
  });

  it('getList of districts carries counts', async () => {
    const { data, total } = await provider.getList('districts', { pagination: { page: 1, perPage: 25 }, sort: { field: 'nr', order: 'ASC' }, filter: {} });
    expect(total).toBe(12);
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE district_id = 'innenstadt-west'`);
    expect(n).toBeGreaterThan(0);
    expect(data.find((d) => d.id === 'innenstadt-west')?.counts.total).toBe(n);
  });
});
