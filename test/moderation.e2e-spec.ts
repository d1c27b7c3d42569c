import { UsersService } from '../backend/src/users/users.service';
import { startTestApp, submission, TestApp } from './support/test-app';

const STATUSES = ['pending', 'approved', 'rejected', 'on_hold'] as const;
const ACTIONS = ['approve', 'reject', 'hold', 'reopen'] as const;
const ALLOWED: Record<string, string> = {
  'pending approve': 'approved', 'pending reject': 'rejected', 'pending hold': 'on_hold',
  'on_hold approve': 'approved', 'on_hold reject': 'rejected',
  'approved reopen': 'pending', 'rejected reopen': 'pending', 'approved reject': 'rejected',
};

describe('moderation', () => {
  let t: TestApp;
  let other: string; // a second moderator's token
  let viewer: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const create = async (overrides: Record<string, unknown> = {}) => (await t.http().post('/api/public/entries').send(submission(overrides)).expect(201)).body.id as string;
  const record = async (id: string) => (await t.http().get(`/api/entries/${id}`).set(as(t.token)).expect(200)).body;
  const events = (id: string) => t.db('SELECT action, from_status, to_status, reason_code, note, actor_id, changes FROM moderation_events WHERE entry_id = $1 ORDER BY id', [id]);

  beforeAll(async () => {
    t = await startTestApp();
    const users = t.app.get(UsersService);
    await users.ensure('mod2@test.example', 'second-moderator-pw', 'moderator');
    await users.ensure('viewer@test.example', 'district-viewer-pw', 'district_viewer', ['hoerde']);
    other = (await t.http().post('/api/auth/login').send({ email: 'mod2@test.example', password: 'second-moderator-pw' }).expect(200)).body.token;
    viewer = (await t.http().post('/api/auth/login').send({ email: 'viewer@test.example', password: 'district-viewer-pw' }).expect(200)).body.token;
  });
  afterAll(() => t.close());

  describe.each(STATUSES)('from %s', (from) => {
    it.each(ACTIONS)('%s', async (action) => {
      const id = await create();
      await t.db('UPDATE entries SET status = $2 WHERE id = $1', [id, from]);
      const { version } = await record(id);
      const res = await t.http().post(`/api/entries/${id}/moderate`).set(as(t.token)).send({ action, version, reasonCode: 'other', note: 'Test' });
      const to = ALLOWED[`${from} ${action}`];
      const [row] = await t.db('SELECT status, version FROM entries WHERE id = $1', [id]);
      if (to) {
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ id, status: to, version: version + 1 });
        expect(row).toEqual({ status: to, version: version + 1 });
        expect(await events(id)).toEqual([expect.objectContaining({ action, from_status: from, to_status: to, reason_code: 'other', note: 'Test' })]);
      } else {
        expect(res.status).toBe(422);
        expect(res.body.message).toMatch(new RegExp(`"${action}" is not allowed for an entry that is ${from}`));
        expect(row).toEqual({ status: from, version });
        expect(await events(id)).toEqual([]);
      }
    });
  });

  it('needs a reason to reject and a known action', async () => {
    const id = await create();
    const { version } = await record(id);
    const noReason = await t.http().post(`/api/entries/${id}/moderate`).set(as(t.token)).send({ action: 'reject', version }).expect(400);
    expect(noReason.body.errors).toEqual([{ field: 'reasonCode', message: expect.stringMatching(/required to reject/) }]);
    const badAction = await t.http().post(`/api/entries/${id}/moderate`).set(as(t.token)).send({ action: 'publish', version }).expect(400);
    expect(badAction.body.errors[0].field).toBe('action');
    expect((await record(id)).status).toBe('pending');
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const id = await create();
    const { version } = await record(id);
    await t.http().post(`/api/entries/${id}/moderate`).set(as(t.token)).send({ action: 'hold', version }).expect(200);
    const stale = await t.http().post(`/api/entries/${id}/moderate`).set(as(t.token)).send({ action: 'approve', version }).expect(409);
    expect(stale.body.message).toMatch(/changed by someone else/);
    expect((await record(id)).status).toBe('on_hold');
    expect(await events(id)).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous decisions win', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await create();
      const { version } = await record(id);
      const [a, b] = await Promise.all([
        t.http().post(`/api/entries/${id}/moderate`).set(as(t.token)).send({ action: 'approve', version }),
        t.http().post(`/api/entries/${id}/moderate`).set(as(other)).send({ action: 'reject', reasonCode: 'netiquette', version }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = a.status === 200 ? a.body.status : b.body.status;
      expect((await record(id)).status).toBe(winner);
      expect(await events(id)).toHaveLength(1);
    }
  });

  it('moderates in bulk, reporting missing and not-allowed entries per id and applying the rest', async () => {
    const ids = [await create(), await create(), await create()];
    await t.db(`UPDATE entries SET status = 'rejected' WHERE id = $1`, [ids[2]]);
    const missing = '00000000-0000-0000-0000-000000000000';
    const res = await t.http().post('/api/entries/moderate').set(as(t.token)).send({ ids: [ids[0], missing, ids[1], ids[2], 'nonsense'], action: 'approve', note: 'Sammelfreigabe' }).expect(200);
    expect(res.body.results).toEqual([
      { id: ids[0], ok: true, status: 'approved' },
      { id: missing, ok: false, error: expect.stringMatching(/not found/) },
      { id: ids[1], ok: true, status: 'approved' },
      { id: ids[2], ok: false, status: 'rejected', error: expect.stringMatching(/not allowed/) },
      { id: 'nonsense', ok: false, error: expect.stringMatching(/not found/) },
    ]);
    const rows = await t.db('SELECT id, status, version FROM entries WHERE id = ANY($1::uuid[]) ORDER BY id', [ids]);
    expect(rows.filter((r) => r.status === 'approved').map((r) => r.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect(await events(ids[0])).toEqual([expect.objectContaining({ action: 'approve', from_status: 'pending', to_status: 'approved', note: 'Sammelfreigabe' })]);
    expect(await events(ids[2])).toEqual([]);
    await t.http().post('/api/entries/moderate').set(as(t.token)).send({ ids: [ids[0]], action: 'reject' }).expect(400);
  });

  it('audits edits with before and after, and keeps the trail append-only', async () => {
    const id = await create();
    const before = await record(id);
    await t.http().put(`/api/entries/${id}`).set(as(t.token)).send({ ...before, placeName: 'Phoenixsee (Hörde)' }).expect(200);
    const [edit] = await events(id);
    expect(edit).toMatchObject({ action: 'edit', changes: { placeName: { from: 'Phoenix-See', to: 'Phoenixsee (Hörde)' } } });
    await expect(t.db(`UPDATE moderation_events SET note = 'x' WHERE entry_id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(t.db(`DELETE FROM moderation_events WHERE entry_id = $1`, [id])).rejects.toThrow(/append-only/);
  });

  it('serves the moderation-events resource with who, when and why', async () => {
    const id = await create();
    const { version } = await record(id);
    await t.http().post(`/api/entries/${id}/moderate`).set(as(other)).send({ action: 'reject', reasonCode: 'personal_data', note: 'Telefonnummer', version }).expect(200);
    const res = await t.http().get('/api/moderation-events').query({ filter: JSON.stringify({ entryId: id }), sort: '["createdAt","DESC"]' }).set(as(t.token)).expect(200);
    expect(res.headers['content-range']).toBe('moderation-events 0-0/1');
    expect(res.body).toEqual([
      {
        id: expect.any(String), entryId: id, actorId: expect.any(String), actorEmail: 'mod2@test.example', action: 'reject',
        fromStatus: 'pending', toStatus: 'rejected', reasonCode: 'personal_data', note: 'Telefonnummer', changes: null, createdAt: expect.any(String),
      },
    ]);
    await t.http().get(`/api/moderation-events/${res.body[0].id}`).set(as(t.token)).expect(200);
    await t.http().get('/api/moderation-events').query({ filter: '{"story":"x"}' }).set(as(t.token)).expect(400);
  });

  it('claims entries for one moderator at a time; claims expire', async () => {
    const id = await create();
    const mine = await t.http().post(`/api/entries/${id}/claim`).set(as(t.token)).expect(200);
    expect(mine.body).toEqual({ claimedBy: 'admin@test.example', claimedUntil: expect.any(String) });
    expect(new Date(mine.body.claimedUntil).getTime() - Date.now()).toBeGreaterThan(4 * 60_000);
    const theirs = await t.http().post(`/api/entries/${id}/claim`).set(as(other)).expect(409);
    expect(theirs.body.message).toMatch(/admin@test\.example is reviewing this entry/);
    expect((await record(id)).claimedBy).toBe('admin@test.example');
    const queue = await t.http().get('/api/entries').query({ filter: JSON.stringify({ claimable: true, status: ['pending'] }), range: '[0,999]' }).set(as(other)).expect(200);
    expect(queue.body.map((e: any) => e.id)).not.toContain(id);
    const mineQueue = await t.http().get('/api/entries').query({ filter: JSON.stringify({ claimable: true, status: ['pending'] }), range: '[0,999]' }).set(as(t.token)).expect(200);
    expect(mineQueue.body.map((e: any) => e.id)).toContain(id);
    await t.db(`UPDATE entries SET claimed_until = now() - interval '1 second' WHERE id = $1`, [id]);
    expect((await record(id)).claimedBy).toBeNull();
    await t.http().post(`/api/entries/${id}/claim`).set(as(other)).expect(200);
    await t.http().delete(`/api/entries/${id}/claim`).set(as(other)).expect(200, { released: true });
  });

  it('orders the queue flagged first, then oldest', async () => {
    const old = await create({ placeName: 'Alt', story: 'Ein ganz eigener Text über den alten Bahnhof, den es so nur einmal gibt.' });
    const flagged = await create({ placeName: 'Markiert', story: 'Ruft mich an unter 0231 9876543, ich erzähle euch alles über den Hafen.' });
    await t.db(`UPDATE entries SET submitted_at = now() - interval '30 days' WHERE id = $1`, [old]);
    const res = await t.http().get('/api/entries').query({ sort: '["queue","ASC"]', filter: '{"status":["pending","on_hold"]}', range: '[0,999]' }).set(as(t.token)).expect(200);
    const queue: { id: string; flags: unknown[]; submittedAt: string }[] = res.body;
    const firstClean = queue.findIndex((e) => e.flags.length === 0);
    expect(firstClean).toBeGreaterThan(0);
    expect(queue.slice(firstClean).every((e) => e.flags.length === 0)).toBe(true);
    for (const group of [queue.slice(0, firstClean), queue.slice(firstClean)]) {
      const times = group.map((e) => e.submittedAt);
      expect(times).toEqual([...times].sort());
    }
    expect(queue.find((e) => e.id === flagged)?.flags).toContainEqual(expect.objectContaining({ code: 'pii_phone' }));
    expect(queue[firstClean].id).toBe(old);
  });

  it('redacts a span, audits offsets and reason but never the removed text', async () => {
    const id = await create({ story: 'Ruft mich an unter 0176 12345678, dann zeige ich euch den schönsten Platz am See.' });
    const rec = await record(id);
    const start = rec.story.indexOf('0176');
    const res = await t.http().post(`/api/entries/${id}/redact`).set(as(t.token)).send({ start, end: start + 13, reason: 'Telefonnummer', version: rec.version }).expect(200);
    expect(res.body.story).toBe('Ruft mich an unter [entfernt], dann zeige ich euch den schönsten Platz am See.');
    expect(res.body.version).toBe(rec.version + 1);
    const [ev] = await events(id);
    expect(ev).toMatchObject({ action: 'redact', note: 'Telefonnummer', changes: { story: { start, end: start + 13, removedLength: 13 } } });
    expect(JSON.stringify(await t.db('SELECT * FROM moderation_events WHERE entry_id = $1', [id]))).not.toContain('12345678');
    await t.http().post(`/api/entries/${id}/redact`).set(as(t.token)).send({ start, end: start + 3, reason: 'x', version: rec.version }).expect(409);
    await t.http().post(`/api/entries/${id}/redact`).set(as(t.token)).send({ start: 0, end: 9999, reason: 'x', version: rec.version + 1 }).expect(422);
  });

  it('counts the queue for the moderation view', async () => {
    const res = await t.http().get('/api/moderation/stats').set(as(t.token)).expect(200);
    const [expected] = await t.db(`SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
      count(*) FILTER (WHERE status IN ('pending','on_hold') AND jsonb_array_length(flags) > 0)::int AS flagged FROM entries`);
    const [{ decided }] = await t.db(`SELECT count(DISTINCT entry_id)::int AS decided FROM moderation_events WHERE action IN ('approve','reject','hold')`);
    expect(res.body).toEqual({ ...expected, decidedToday: decided, oldestWaiting: expect.any(String) });
    expect(decided).toBeGreaterThan(5);
  });

  it('triages submissions and edits, naming what matched', async () => {
    const id = await create({ placeName: 'Rombergpark', story: 'Schreibt mir an anna.beispiel@example.org, ich zeige euch die schönsten Bäume im Park.', lon: 7.4637, lat: 51.4779 });
    const rec = await record(id);
    expect(rec.flags).toEqual([expect.objectContaining({ code: 'pii_email', detail: expect.stringContaining('anna.beispiel@example.org') })]);
    const edited = await t.http().put(`/api/entries/${id}`).set(as(t.token))
      .send({ ...rec, story: 'Ich zeige euch gerne die schönsten Bäume im Park, sie sind über 100 Jahre alt.' }).expect(200);
    expect(edited.body.flags).toEqual([]);
    const [edit] = await events(id);
    expect(edit.changes.flags).toEqual({ from: rec.flags, to: [] });
  });

  it('flags a nearly identical story within 200 m as duplicate, but not one far away', async () => {
    const story = 'Am Fredenbaumpark füttere ich seit Jahren mit meinem Enkel die Enten am großen Teich.';
    const first = await create({ placeName: 'Fredenbaumpark', story, lon: 7.4622, lat: 51.5363 });
    const near = await create({ placeName: 'Fredenbaum', story: story.toUpperCase() + '!!', lon: 7.4630, lat: 51.5366 });
    const far = await create({ placeName: 'Fredenbaumpark', story, lon: 7.4622, lat: 51.5563 });
    expect((await record(first)).flags).toEqual([]);
    expect((await record(near)).flags).toEqual([expect.objectContaining({ code: 'duplicate', detail: expect.stringContaining(first) })]);
    expect((await record(far)).flags).toEqual([]);
  });

  it('keeps district viewers away from moderation', async () => {
    const id = await create();
    await t.http().post(`/api/entries/${id}/moderate`).set(as(viewer)).send({ action: 'approve', version: 1 }).expect(403);
    await t.http().post('/api/entries/moderate').set(as(viewer)).send({ ids: [id], action: 'approve' }).expect(403);
    await t.http().get('/api/moderation-events').set(as(viewer)).expect(403);
    await t.http().get('/api/auth/me').set(as(viewer)).expect(200);
    expect((await record(id)).status).toBe('pending');
  });
});
