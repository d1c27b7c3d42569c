import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateEntries } from '../../backend/src/seed/demo-data.generator';
import { eventually, launchChromium } from '../support/browser';
import { ADMIN, startTestApp, submission, TestApp, testConfig } from '../support/test-app';

/** A moderator clears a small queue by keyboard alone, in the built console in Chromium. */
describe('moderation view by keyboard', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const stories = [
      'Im Westfalenpark sitze ich jeden Sonntag unter den alten Platanen und lese Zeitung.',
      'Die Zeche Zollern zeigt mir, woher meine Familie kommt: Opa war hier unter Tage.',
      'Am Hafen trinke ich nach der Arbeit gern ein Bier und schaue den Schiffen beim Anlegen zu.',
    ];
    for (const [i, story] of stories.entries()) {
      const { body } = await t.http().post('/api/public/entries').send(submission({ placeName: `Ort ${i + 1}`, story })).expect(201);
      ids.push(body.id);
      // oldest first in the queue: Ort 1, Ort 2, Ort 3
      await t.db(`UPDATE entries SET submitted_at = now() - make_interval(days => $2) WHERE id = $1`, [body.id, 10 - i]);
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    await login(page);
  });

  const login = async (p: Page) => {
    await p.goto(t.baseUrl + '/');
    await p.locator('input[name="email"]').fill(ADMIN.email);
    await p.locator('input[name="password"]').fill(ADMIN.password);
    await p.locator('button[type="submit"]').click();
    await p.waitForURL(/#\/(?!login)/, { timeout: 30000 });
  };
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const waitForEntry = (id: string) =>
    page.waitForSelector(`[data-testid="moderation-entry"][data-entry-id="${id}"]`, { timeout: 15000 });

  it('approves, holds and rejects three entries with A, H and R', async () => {
    await page.goto(t.baseUrl + '/#/moderation');
    await waitForEntry(ids[0]);
    await expect(page.locator('[data-testid="moderation-place"]').innerText()).resolves.toContain('Ort 1');

    await page.keyboard.press('a');
    await waitForEntry(ids[1]);
    await page.keyboard.press('h');
    await waitForEntry(ids[2]);
    await page.keyboard.press('r');
    await page.waitForSelector('[data-testid="reason-dialog"]');
    await page.keyboard.press('1');
    await page.waitForSelector('[data-testid="moderation-empty"]', { timeout: 15000 });

    // the view moves on at once; the last decision is still on its way to the server
    await eventually(async () => {
      const rows = await t.db('SELECT id, status FROM entries WHERE id = ANY($1::uuid[])', [ids]);
      const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
      expect([status[ids[0]], status[ids[1]], status[ids[2]]]).toEqual(['approved', 'on_hold', 'rejected']);
    });
    const events = await t.db(
      `SELECT ev.entry_id, ev.action, ev.reason_code, u.email FROM moderation_events ev JOIN users u ON u.id = ev.actor_id WHERE ev.entry_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.email === ADMIN.email)).toBe(true);
    expect(events.find((e) => e.entry_id === ids[2])).toMatchObject({ action: 'reject', reason_code: 'netiquette' });
  });

  it('shows the new statuses in the entry list', async () => {
    await page.goto(`${t.baseUrl}/#/entries`);
    await page.waitForSelector('[data-testid="status-chip"]');
    for (const [id, expected] of [[ids[0], 'approved'], [ids[1], 'on_hold'], [ids[2], 'rejected']]) {
      const row = page.locator('tr', { has: page.locator(`text=Ort ${ids.indexOf(id) + 1}`) });
      await expect(row.locator('[data-testid="status-chip"]').first().getAttribute('data-status')).resolves.toBe(expected);
    }
  });

  it('clears a queue of 50 mixed entries by keyboard alone', async () => {
    const places = JSON.parse(readFileSync(join(dirname(testConfig().districtsGeojson), 'dortmund-places.json'), 'utf8'));
    const fifty: string[] = [];
    for (const e of generateEntries({ count: 200, seed: 50, places })) {
      if (fifty.length === 50) break;
      const res = await t.http().post('/api/public/entries').send({ placeName: e.placeName, story: e.story, lon: e.lon, lat: e.lat });
      if (res.status === 201) fifty.push(res.body.id);
    }
    expect(fifty).toHaveLength(50);
    // only these fifty wait in the queue, whichever tests ran before
    await t.db(`UPDATE entries SET status = 'approved' WHERE status IN ('pending', 'on_hold') AND id <> ALL($1::uuid[])`, [fifty]);
    const flagged = new Set((await t.db(`SELECT id FROM entries WHERE id = ANY($1::uuid[]) AND jsonb_array_length(flags) > 0`, [fifty])).map((r) => r.id));
    const seen: string[] = [];
    // a new session (fresh page and login): the previous test's view state is not this queue's
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    await login(page);
    await page.goto(t.baseUrl + '/#/moderation');
    const keys = ['a', 'h', 'r', 'a', 'a'];
    for (let i = 0; i < 50; i++) {
      const entry = page.locator('[data-testid="moderation-entry"]');
      await entry.waitFor({ timeout: 15000 });
      const id = await entry.getAttribute('data-entry-id');
      seen.push(id!);
      const key = keys[i % keys.length];
      await page.keyboard.press(key);
      if (key === 'r') {
        await page.waitForSelector('[data-testid="reason-dialog"]');
        await page.keyboard.press(String(1 + (i % 7)));
      }
      if (i < 49) await page.waitForSelector(`[data-testid="moderation-entry"]:not([data-entry-id="${id}"])`, { timeout: 15000 });
    }
    await page.waitForSelector('[data-testid="moderation-empty"]', { timeout: 15000 });
    await eventually(async () => {
      const rows = await t.db(`SELECT status, count(*)::int AS n FROM entries WHERE id = ANY($1::uuid[]) GROUP BY status ORDER BY status`, [fifty]);
      expect(rows).toEqual([
        { status: 'approved', n: 30 },
        { status: 'on_hold', n: 10 },
        { status: 'rejected', n: 10 },
      ]);
    });
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM moderation_events WHERE entry_id = ANY($1::uuid[])`, [fifty]);
    expect(n).toBe(50);
    // the queue showed every entry once, flagged ones first
    expect(new Set(seen).size).toBe(50);
    expect(flagged.size).toBeGreaterThan(0);
    const lastFlagged = Math.max(...seen.map((id, i) => (flagged.has(id) ? i : -1)));
    expect(lastFlagged).toBe(flagged.size - 1);
  }, 400_000); // Chromium draws the mini map in software (SwiftShader) here: about 2 s per entry
});
