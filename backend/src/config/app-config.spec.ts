import { ConfigError, loadConfig } from './app-config';

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
