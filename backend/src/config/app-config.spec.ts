import { ConfigError, loadConfig, parseCampaignEnd } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeNull();
    expect(c.demoData).toBe(true);
    expect(c.submissionRateLimit).toBe(5);
    expect(c.districtsGeojson).toMatch(/shared\/data\/dortmund\/stadtbezirke\.geojson$/);
    expect(c.dataDir).toMatch(/\.data$/);
  });

  it('reads the hardening settings: short tokens, limits, challenge off, basemap hosts as origins', () => {
    const d = loadConfig({});
    expect([d.tokenTtlSeconds, d.publicRateLimit, d.submissionChallenge, d.frameAncestors, d.mapTileHosts]).toEqual([900, 120, false, [], []]);
    const c = loadConfig({ MAP_TILE_HOSTS: 'https://a.example/tiles/{z}/{x}/{y}.pbf, https://b.example', FRAME_ANCESTORS: 'https://www.dortmund.de', SUBMISSION_CHALLENGE: 'on' });
    expect(c.mapTileHosts).toEqual(['https://a.example', 'https://b.example']);
    expect(c.frameAncestors).toEqual(['https://www.dortmund.de']);
    expect(c.submissionChallenge).toBe(true);
    expect(() => loadConfig({ TOKEN_TTL_SECONDS: '3600' })).toThrow(/TOKEN_TTL_SECONDS must be a whole number from 30 to 900/);
    expect(() => loadConfig({ MAP_TILE_HOSTS: 'ftp://x' })).toThrow(/MAP_TILE_HOSTS/);
    expect(() => loadConfig({ MAP_STYLE_URL: 'not a url' })).toThrow(/MAP_STYLE_URL/);
    expect(() => loadConfig({ FRAME_ANCESTORS: "'self' x" })).toThrow(/FRAME_ANCESTORS/);
  });

  it('turns demo data off by default with an external database', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/db' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/db', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('names every wrong variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', DEMO_DATA: 'maybe', ADMIN_EMAIL: 'nope', SUBMISSION_RATE_LIMIT: '-1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid environment variables/);
    for (const name of ['PORT', 'DATABASE_URL', 'DEMO_DATA', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'SUBMISSION_RATE_LIMIT']) {
      expect(message).toContain(name);
    }
  });

  it('requires a long enough admin password', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.de', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD must have at least 12/);
    expect(loadConfig({ ADMIN_EMAIL: 'A@B.de', ADMIN_PASSWORD: 'long-enough-pass' }).adminEmail).toBe('a@b.de');
  });
});

describe('CAMPAIGN_END', () => {
  it('ends a date at 23:59:59 in Dortmund, in summer and in winter time', () => {
    expect(parseCampaignEnd('2026-09-30')?.toISOString()).toBe('2026-09-30T21:59:59.000Z');
    expect(parseCampaignEnd('2026-12-31')?.toISOString()).toBe('2026-12-31T22:59:59.000Z');
    // the day the clocks go back: 23:59:59 is already winter time
    expect(parseCampaignEnd('2026-10-25')?.toISOString()).toBe('2026-10-25T22:59:59.000Z');
  });

  it('takes a date-time with its offset, and refuses one without or anything else', () => {
    expect(parseCampaignEnd('2026-09-30T18:00:00+02:00')?.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(parseCampaignEnd('2026-09-30T16:00Z')?.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    for (const bad of ['2026-09-30T18:00:00', '30.09.2026', '2026-13-01', 'bald', '']) expect(parseCampaignEnd(bad)).toBeNull();
  });

  it('is read with RETENTION_DAYS, and a wrong value is named', () => {
    const c = loadConfig({ CAMPAIGN_END: '2026-09-30', RETENTION_DAYS: '30' });
    expect(c.campaignEnd?.toISOString()).toBe('2026-09-30T21:59:59.000Z');
    expect(c.retentionDays).toBe(30);
    expect(loadConfig({}).campaignEnd).toBeNull();
    expect(loadConfig({}).retentionDays).toBe(90);
    expect(() => loadConfig({ CAMPAIGN_END: '30.09.2026' })).toThrow(/CAMPAIGN_END must be a date/);
  });
});
