import { PrivacyService } from '../backend/src/privacy/privacy.service';
import { createAccount } from './support/accounts';
import { ADMIN, startTestApp, submission, TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('privacy lifecycle', () => {
  let t: TestApp;
  const auth = () => ({ Authorization: `Bearer ${t.token}` });
  const submitWith = async (email: string, firstName = 'Ayşe') =>
    (await t.http().post('/api/public/entries').send(submission({ email, consent: true, firstName })).expect(201)).body.id as string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers an access request with everything stored about the address', async () => {
    const a = await submitWith('Person@Example.org');
    const b = await submitWith('person@example.org');
    await submitWith('other@example.org');
    const res = await t.http().post('/api/privacy/access').set(auth()).send({ email: 'PERSON@example.org' }).expect(200);
    expect(res.body.contacts.map((c: any) => c.entryId).sort()).toEqual([a, b].sort());
    expect(res.body.entries.map((e: any) => e.id).sort()).toEqual([a, b].sort());
    expect(res.body.entries[0]).toMatchObject({ firstName: 'Ayşe', story: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toContain('other@example.org');
    // the security log records who asked and how many rows, never the address
    const logged = await t.db(`SELECT email, detail FROM security_events WHERE kind = 'contacts_disclosed'`);
    expect(logged).toEqual([{ email: ADMIN.email, detail: { reason: 'access_request', rows: 2 } }]);
    expect(JSON.stringify(await t.db(`SELECT * FROM security_events`))).not.toMatch(/person@example/i);
  });

  it('erases the contact rows and first names on request, leaving no trace in contact data or logs', async () => {
    const a = await submitWith('erase.me@example.org', 'Jens');
    const res = await t.http().post('/api/privacy/erasure').set(auth()).send({ email: 'Erase.Me@example.org' }).expect(200);
    expect(res.body).toEqual({ contactsDeleted: 1, entriesChanged: 1 });
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM submitter_contacts WHERE lower(email) = 'erase.me@example.org'`);
    expect(n).toBe(0);
    const [entry] = await t.db(`SELECT first_name FROM entries WHERE id = $1`, [a]);
    expect(entry.first_name).toBeNull();
    // the erasure is logged (who, how many), without the address
    const [erasure] = await t.db(`SELECT email, detail FROM security_events WHERE kind = 'contacts_deleted' AND detail->>'reason' = 'erasure_request'`);
    expect(erasure).toEqual({ email: ADMIN.email, detail: { reason: 'erasure_request', rows: 1, entries: 1 } });
    const logs = JSON.stringify(await t.db(`SELECT * FROM security_events`));
    expect(logs).not.toMatch(/erase\.me/i);
    const [event] = await t.db(`SELECT action, changes FROM moderation_events WHERE entry_id = $1 ORDER BY id DESC LIMIT 1`, [a]);
    expect(event).toEqual({ action: 'redact', changes: { firstName: { removed: true } } });
    const again = await t.http().post('/api/privacy/access').set(auth()).send({ email: 'erase.me@example.org' }).expect(200);
    expect(again.body.contacts).toEqual([]);
    await t.http().post('/api/privacy/erasure').set(auth()).send({ email: 'not-an-email' }).expect(400);
  });

  it('is for admins only', async () => {
    const moderator = await createAccount(t, 'moderator');
    await t.http().post('/api/privacy/access').set({ Authorization: `Bearer ${moderator.token}` }).send({ email: 'x@example.org' }).expect(403);
  });

  it('deletes all contact data RETENTION_DAYS after CAMPAIGN_END, and logs how much', async () => {
    // The campaign ends in ten days (so the job that runs at start deletes nothing); the job is then run at later clocks.
    const end = new Date(Date.now() + 10 * DAY);
    const ended = await startTestApp({ campaignEnd: end, retentionDays: 30 }, t.databaseUrl);
    try {
      const privacy = ended.app.get(PrivacyService);
      await submitWith('keep@example.org');
      expect(await privacy.applyRetention(new Date(end.getTime() + 29 * DAY))).toBe(0);
      const [{ n: before }] = await t.db(`SELECT count(*)::int AS n FROM submitter_contacts`);
      expect(before).toBeGreaterThan(0);
      expect(await privacy.applyRetention(new Date(end.getTime() + 30 * DAY))).toBe(before);
      const [{ n: after }] = await t.db(`SELECT count(*)::int AS n FROM submitter_contacts`);
      expect(after).toBe(0);
      const [log] = await t.db(`SELECT detail FROM security_events WHERE kind = 'contacts_deleted' AND detail->>'reason' = 'retention'`);
      expect(log.detail.rows).toBe(before);
    } finally {
      await ended.close();
    }
  });

  it('runs the retention job at start: an instance started after the period deletes the contact data at once', async () => {
    await submitWith('late@example.org');
    const contacts = async () => (await t.db(`SELECT count(*)::int AS n FROM submitter_contacts`))[0].n as number;
    expect(await contacts()).toBeGreaterThan(0);
    const ended = await startTestApp({ campaignEnd: new Date(Date.now() - 31 * DAY), retentionDays: 30 }, t.databaseUrl);
    try {
      // the job starts right after the app (setImmediate); nobody calls it here
      for (let i = 0; i < 50 && (await contacts()) > 0; i++) await new Promise((r) => setTimeout(r, 200));
      expect(await contacts()).toBe(0);
    } finally {
      await ended.close();
    }
  });
});
