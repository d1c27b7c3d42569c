import { cspDirectives } from './headers';

describe('Content-Security-Policy', () => {
  const base = { mapStyleUrl: null, mapTileHosts: [], frameAncestors: [] };

  it('allows only our own origin without a basemap, and no framing', () => {
    const d = cspDirectives(base, 'console');
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['object-src']).toEqual(["'none'"]);
  });

  it('adds exactly the configured style and tile hosts to what the map loads', () => {
    const d = cspDirectives(
      { ...base, mapStyleUrl: 'https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_col.json', mapTileHosts: ['https://tiles.openfreemap.org'] },
      'console',
    );
    expect(d['connect-src']).toEqual(["'self'", 'https://tiles.openfreemap.org', 'https://sgx.geodatenzentrum.de']);
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.openfreemap.org', 'https://sgx.geodatenzentrum.de']);
    expect(d['script-src']).toEqual(["'self'"]);
  });

  it('lets only the configured hosts frame the public page, never the console', () => {
    const config = { ...base, frameAncestors: ['https://www.dortmund.de'] };
    expect(cspDirectives(config, 'public')['frame-ancestors']).toEqual(['https://www.dortmund.de']);
    expect(cspDirectives(config, 'console')['frame-ancestors']).toEqual(["'none'"]);
    expect(cspDirectives(base, 'public')['frame-ancestors']).toEqual(["'none'"]);
  });
});
