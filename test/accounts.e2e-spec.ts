import { createAccount, login, refreshCookie, signJwt, tokenKey } from './support/accounts';
import { ADMIN, PLACES, startTestApp, submission, TestApp } from './support/test-app';

describe('accounts, sessions and scoping', () => {
  let t: TestApp;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('tokens', () => {
    it('lives 15 minutes and is refused when forged, expired, of another algorithm or alg:none', async () => {
      const me = await t.http().get('/api/auth/me').set(auth(t.token)).expect(200);
      const [, payloadPart] = t.token.split('.');
      const payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString());
      expect(payload.exp - payload.iat).toBe(900);
      const key = await tokenKey(t);
      const now = Math.floor(Date.now() / 1000);
      // positive control: a token signed here with the app's key and algorithm is accepted
      const good = signJwt({ alg: 'HS256', typ: 'JWT' }, { ...payload, iat: now, exp: now + 60 }, key);
      await t.http().get('/api/auth/me').set(auth(good)).expect(200);
      const refused = {
        expired: signJwt({ alg: 'HS256', typ: 'JWT' }, { ...payload, iat: now - 1000, exp: now - 100 }, key),
        hs512: signJwt({ alg: 'HS512', typ: 'JWT' }, { ...payload, iat: now, exp: now + 60 }, key, 'sha512'),
        otherKey: signJwt({ alg: 'HS256', typ: 'JWT' }, { ...payload, iat: now, exp: now + 60 }, 'x'.repeat(43)),
        none: `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...payload, exp: now + 60 })).toString('base64url')}.`,
        otherUser: signJwt({ alg: 'HS256', typ: 'JWT' }, { ...payload, sub: '00000000-0000-0000-0000-000000000000', iat: now, exp: now + 60 }, key),
        otherSession: signJwt({ alg: 'HS256', typ: 'JWT' }, { ...payload, sid: '00000000-0000-0000-0000-000000000000', iat: now, exp: now + 60 }, key),
      };
      for (const [name, token] of Object.entries(refused)) {
        const res = await t.http().get('/api/auth/me').set(auth(token));
        expect([name, res.status]).toEqual([name, 401]);
      }
      expect(me.body.email).toBe(ADMIN.email);
    });

    it('renews the token from the httpOnly SameSite=Strict cookie, rotating it, without logging in again', async () => {
      const res = await t.http().post('/api/auth/login').send(ADMIN).expect(200);
      const setCookie = [res.headers['set-cookie']].flat().find((c: string) => c.startsWith('herzensorte_refresh='))!;
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      expect(setCookie).toMatch(/Path=\/api\/auth/);
      const cookie = refreshCookie(res.headers['set-cookie']);
      const renewed = await t.http().post('/api/auth/refresh').set('Cookie', cookie).expect(200);
      expect(renewed.body.user.email).toBe(ADMIN.email);
      await t.http().get('/api/auth/me').set(auth(renewed.body.token)).expect(200);
      const rotated = refreshCookie(renewed.headers['set-cookie']);
      expect(rotated).not.toBe(cookie);
      await t.http().post('/api/auth/refresh').set('Cookie', rotated).expect(200);
      await t.http().post('/api/auth/refresh').expect(401);
      await t.http().post('/api/auth/refresh').set('Cookie', 'herzensorte_refresh=garbage').expect(401);
    });

    it('ends the session when an old refresh cookie comes back after the grace period (a stolen copy)', async () => {
      const { cookie } = await login(t, ADMIN.email, ADMIN.password);
      const renewed = await t.http().post('/api/auth/refresh').set('Cookie', cookie).expect(200);
      await t.db(`UPDATE auth_sessions SET rotated_at = now() - interval '1 minute' WHERE rotated_at IS NOT NULL`);
      await t.http().post('/api/auth/refresh').set('Cookie', cookie).expect(401);
      // the whole session is gone, for the thief and the owner alike
      await t.http().post('/api/auth/refresh').set('Cookie', refreshCookie(renewed.headers['set-cookie'])).expect(401);
      await t.http().get('/api/auth/me').set(auth(renewed.body.token)).expect(401);
    });

    it('logout ends the token and the refresh cookie at once, other sessions stay', async () => {
      const a = await login(t, ADMIN.email, ADMIN.password);
      const b = await login(t, ADMIN.email, ADMIN.password);
      const out = await t.http().post('/api/auth/logout').set(auth(a.token)).set('Cookie', a.cookie).expect(204);
      expect([out.headers['set-cookie']].flat().join()).toMatch(/herzensorte_refresh=;/);
      await t.http().get('/api/auth/me').set(auth(a.token)).expect(401);
      await t.http().post('/api/auth/refresh').set('Cookie', a.cookie).expect(401);
      await t.http().get('/api/auth/me').set(auth(b.token)).expect(200);
    });
  });

  describe('users (admin only)', () => {
    it('creates users without ever showing a password, and validates them', async () => {
      const res = await t.http().post('/api/users').set(auth(t.token)).send({ email: 'Mod1@Test.example', password: 'moderator-pass-1', role: 'moderator', districtIds: [] }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String), email: 'mod1@test.example', role: 'moderator', districtIds: [], disabled: false,
        createdAt: expect.any(String), updatedAt: expect.any(String), lastLoginAt: null,
      });
      const [row] = await t.db(`SELECT password_hash FROM users WHERE id = $1`, [res.body.id]);
      expect(row.password_hash.split('$')[1]).toBe('argon2id');
      expect(row.password_hash.split('$')[3].split(',').sort()).toEqual(['m=19456', 'p=1', 't=2']);
      const list = await t.http().get('/api/users?filter={"role":"moderator"}').set(auth(t.token)).expect(200);
      expect(list.headers['content-range']).toMatch(/^users 0-\d+\/\d+$/);
      expect(JSON.stringify(list.body)).not.toMatch(/password|argon2/);

      const bad = async (body: object, field: string, status = 400) => {
        const r = await t.http().post('/api/users').set(auth(t.token)).send(body).expect(status);
        expect(r.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      };
      const ok = { email: 'new@test.example', password: 'long-enough-pass', role: 'moderator', districtIds: [] };
      await bad({ ...ok, password: 'short-pass' }, 'password');
      await bad({ ...ok, role: 'root' }, 'role');
      await bad({ ...ok, role: 'district_viewer' }, 'districtIds');
      await bad({ ...ok, role: 'district_viewer', districtIds: ['atlantis'] }, 'districtIds');
      await bad({ ...ok, email: 'mod1@TEST.example' }, 'email', 409);
      await bad({ ...ok, passwordHash: 'x' }, 'passwordHash');
    });

    it('changing a role or disabling takes effect with the next request; nobody locks themselves out', async () => {
      const viewer = await createAccount(t, 'district_viewer', ['hoerde']);
      const { body: user } = await t.http().get(`/api/users/${viewer.id}`).set(auth(t.token)).expect(200);
      await t.http().get('/api/entries').set(auth(viewer.token)).expect(200);
      await t.http().get('/api/moderation/stats').set(auth(viewer.token)).expect(403);

      // role change: the old token ends, a refresh gives a token with the new role
      await t.http().put(`/api/users/${viewer.id}`).set(auth(t.token)).send({ ...user, role: 'moderator', districtIds: [] }).expect(200);
      await t.http().get('/api/entries').set(auth(viewer.token)).expect(401);
      const renewed = await t.http().post('/api/auth/refresh').set('Cookie', viewer.cookie).expect(200);
      expect(renewed.body.user.role).toBe('moderator');
      await t.http().get('/api/moderation/stats').set(auth(renewed.body.token)).expect(200);

      // disabling: token and session end at once, login is refused
      const { body: now } = await t.http().get(`/api/users/${viewer.id}`).set(auth(t.token)).expect(200);
      await t.http().put(`/api/users/${viewer.id}`).set(auth(t.token)).send({ ...now, disabled: true }).expect(200);
      await t.http().get('/api/auth/me').set(auth(renewed.body.token)).expect(401);
      await t.http().post('/api/auth/refresh').set('Cookie', refreshCookie(renewed.headers['set-cookie'])).expect(401);
      await t.http().post('/api/auth/login').send({ email: viewer.email, password: viewer.password }).expect(401);

      // a new password (empty means unchanged) and re-enabling
      await t.http().put(`/api/users/${viewer.id}`).set(auth(t.token)).send({ ...now, disabled: false, password: '' }).expect(200);
      await login(t, viewer.email, viewer.password);
      await t.http().put(`/api/users/${viewer.id}`).set(auth(t.token)).send({ ...now, password: 'a-brand-new-password' }).expect(200);
      await t.http().post('/api/auth/login').send({ email: viewer.email, password: viewer.password }).expect(401);
      await login(t, viewer.email, 'a-brand-new-password');

      const [{ id: adminId }] = await t.db(`SELECT id FROM users WHERE email = $1`, [ADMIN.email]);
      const { body: admin } = await t.http().get(`/api/users/${adminId}`).set(auth(t.token)).expect(200);
      const self = await t.http().put(`/api/users/${adminId}`).set(auth(t.token)).send({ ...admin, disabled: true }).expect(422);
      expect(self.body.message).toBe('You cannot disable your own account');
      await t.http().put(`/api/users/${adminId}`).set(auth(t.token)).send({ ...admin, role: 'moderator' }).expect(422);
      await t.http().delete(`/api/users/${adminId}`).set(auth(t.token)).expect(404);
    });

    it('writes logins, refusals and user changes to the security log, without passwords or story text', async () => {
      const story = 'Ein ganz geheimer Ort am See, den niemand im Sicherheitslog lesen soll.';
      await t.http().post('/api/public/entries').send(submission({ story })).expect(201);
      await t.http().post('/api/auth/login').send({ email: ADMIN.email, password: 'wrong-password-secret-1' }).expect(401);
      const rows = await t.db(`SELECT kind, email, ip, detail FROM security_events ORDER BY id`);
      const kinds = new Set(rows.map((r) => r.kind));
      for (const kind of ['login_succeeded', 'login_failed', 'user_created', 'user_updated', 'access_denied', 'token_rejected', 'logout', 'refresh_refused']) {
        expect([kind, kinds.has(kind)]).toEqual([kind, true]);
      }
      const all = JSON.stringify(rows);
      expect(all).not.toContain('wrong-password-secret-1');
      expect(all).not.toContain(ADMIN.password);
      expect(all).not.toContain('a-brand-new-password');
      expect(all).not.toContain('geheimer Ort');
      expect(rows.find((r) => r.kind === 'user_updated' && r.detail.changed.includes('password'))).toBeTruthy();
    });
  });

  describe('a district viewer', () => {
    let viewer: { token: string };
    let ids: Record<string, string>;

    beforeAll(async () => {
      viewer = await createAccount(t, 'district_viewer', ['hoerde']);
      const create = async (place: { lon: number; lat: number }, approve: boolean) => {
        const { body } = await t.http().post('/api/public/entries').send(submission(place)).expect(201);
        if (approve) await t.http().post(`/api/entries/${body.id}/moderate`).set(auth(t.token)).send({ action: 'approve', version: 1 }).expect(200);
        return body.id as string;
      };
      ids = {
        ownApproved: await create(PLACES.phoenixSee, true),
        ownPending: await create(PLACES.phoenixSee, false),
        otherApproved: await create(PLACES.dortmunderU, true),
      };
    });

    it('sees only approved entries of their district, in lists and single records', async () => {
      const list = await t.http().get('/api/entries?range=[0,999]').set(auth(viewer.token)).expect(200);
      expect(list.body.length).toBeGreaterThan(0);
      expect(list.body.every((e: any) => e.status === 'approved' && e.districtId === 'hoerde')).toBe(true);
      expect(list.body.map((e: any) => e.id)).toContain(ids.ownApproved);
      const total = Number(list.headers['content-range'].split('/')[1]);
      const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE status = 'approved' AND district_id = 'hoerde'`);
      expect(total).toBe(n);
      // asking for more does not give more
      const asked = await t.http().get(`/api/entries?filter=${encodeURIComponent(JSON.stringify({ id: Object.values(ids), status: ['pending', 'approved'], districtId: 'innenstadt-west' }))}`).set(auth(viewer.token)).expect(200);
      expect(asked.body).toEqual([]);
      await t.http().get(`/api/entries/${ids.ownApproved}`).set(auth(viewer.token)).expect(200);
      await t.http().get(`/api/entries/${ids.ownPending}`).set(auth(viewer.token)).expect(404);
      await t.http().get(`/api/entries/${ids.otherApproved}`).set(auth(viewer.token)).expect(404);
    });

    it('sees only their districts and changes nothing', async () => {
      const districts = await t.http().get('/api/districts').set(auth(viewer.token)).expect(200);
      expect(districts.body.map((d: any) => d.id)).toEqual(['hoerde']);
      await t.http().get('/api/districts/innenstadt-west').set(auth(viewer.token)).expect(404);
      const { body: entry } = await t.http().get(`/api/entries/${ids.ownApproved}`).set(auth(viewer.token)).expect(200);
      await t.http().put(`/api/entries/${entry.id}`).set(auth(viewer.token)).send(entry).expect(403);
      await t.http().delete(`/api/entries/${entry.id}`).set(auth(viewer.token)).expect(403);
      await t.http().post(`/api/entries/${entry.id}/moderate`).set(auth(viewer.token)).send({ action: 'reopen', version: entry.version }).expect(403);
      await t.http().get('/api/moderation-events').set(auth(viewer.token)).expect(403);
      await t.http().get('/api/users').set(auth(viewer.token)).expect(403);
      const [{ status }] = await t.db(`SELECT status FROM entries WHERE id = $1`, [entry.id]);
      expect(status).toBe('approved');
    });
  });

  describe('input discipline', () => {
    it('a lookup with missing or no ids returns no row', async () => {
      for (const filter of [{ id: [] }, { id: ['00000000-0000-0000-0000-000000000000'] }, { id: 'not-an-id' }]) {
        const res = await t.http().get(`/api/entries?filter=${encodeURIComponent(JSON.stringify(filter))}`).set(auth(t.token)).expect(200);
        expect([filter, res.body]).toEqual([filter, []]);
      }
      for (const resource of ['users', 'districts', 'moderation-events']) {
        const res = await t.http().get(`/api/${resource}?filter=${encodeURIComponent('{"id":[]}')}`).set(auth(t.token)).expect(200);
        expect([resource, res.body]).toEqual([resource, []]);
      }
      await t.http().get('/api/users/00000000-0000-0000-0000-000000000000').set(auth(t.token)).expect(404);
    });

    it('PUT never sets status, district, flags, version or id, even when they are sent', async () => {
      const { body: created } = await t.http().post('/api/public/entries').send(submission({ story: 'Meine E-Mail ist test@example.org, schreibt mir gern.' })).expect(201);
      const { body: entry } = await t.http().get(`/api/entries/${created.id}`).set(auth(t.token)).expect(200);
      const res = await t.http().put(`/api/entries/${entry.id}`).set(auth(t.token))
        .send({ ...entry, id: '00000000-0000-0000-0000-000000000000', status: 'approved', districtId: 'innenstadt-west', flags: [], themes: ['natur'], channel: 'import', placeName: 'Neu' })
        .expect(200);
      expect(res.body).toMatchObject({ id: entry.id, status: 'pending', districtId: 'hoerde', channel: 'web', placeName: 'Neu', version: entry.version + 1 });
      // themes are derived by the server from the text, never taken from the request
      expect(res.body.themes).not.toContain('natur');
      expect(res.body.flags.map((f: any) => f.code)).toContain('pii_email');
    });
  });
});
