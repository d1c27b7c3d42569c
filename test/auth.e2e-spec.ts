import { ADMIN, startTestApp, TestApp } from './support/test-app';

describe('login', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs the ensured admin in and tells who they are', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'Admin@Test.example', password: ADMIN.password }).expect(200);
    expect(res.body).toEqual({ token: expect.any(String), expiresIn: 900, user: { id: expect.any(String), email: ADMIN.email, role: 'admin', districtIds: [] } });
    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
    expect(me.body).toEqual(res.body.user);
    const [row] = await t.db('SELECT password_hash FROM users WHERE email = $1', [ADMIN.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers wrong credentials with 401 without saying which part was wrong', async () => {
    const wrongPassword = await t.http().post('/api/auth/login').send({ email: ADMIN.email, password: 'wrong-password-123' }).expect(401);
    const noUser = await t.http().post('/api/auth/login').send({ email: 'nobody@test.example', password: 'wrong-password-123' }).expect(401);
    expect(wrongPassword.body.message).toBe(noUser.body.message);
    await t.http().post('/api/auth/login').send({ email: ADMIN.email }).expect(400);
  });

  it('refuses forged, tampered and alg:none tokens', async () => {
    const [header, payload] = t.token.split('.');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '00000000-0000-0000-0000-000000000000' })).toString('base64url')}.${t.token.split('.')[2]}`;
    for (const token of [none, tampered, 'a.b.c', '']) {
      await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    }
  });

  it('ends old tokens when the admin account is ensured again (password reset)', async () => {
    const { body } = await t.http().post('/api/auth/login').send(ADMIN).expect(200);
    await t.db('UPDATE users SET token_version = token_version + 1 WHERE email = $1', [ADMIN.email]);
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${body.token}`).expect(401);
  });
});
