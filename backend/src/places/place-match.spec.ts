import { matchPlace, nameKey, nameSimilarity, placeSearchCells } from './place-match';

describe('place matching', () => {
  it('reduces names to what identifies them', () => {
    expect(nameKey('Der Phoenix-See!')).toBe('phoenixsee');
    expect(nameKey('Am Phoenixsee')).toBe('phoenixsee');
    expect(nameKey('Westfalenpark')).toBe('westfalenpark');
  });

  it('finds the same place under different spellings, not a different place', () => {
    expect(nameSimilarity('Phoenix-See', 'Phoenixsee')).toBe(1);
    expect(nameSimilarity('Westfalenpark', 'Westfalenpark Dortmund')).toBe(1);
    expect(nameSimilarity('Rombergpark', 'Romberg-Park')).toBe(1);
    expect(nameSimilarity('Hansaplatz', 'Alter Markt')).toBeLessThan(0.5);
    expect(nameSimilarity('', 'x')).toBe(0);
  });

  it('matches a similar name within 100 m, the same name within 400 m, nothing else', () => {
    const see = { id: 'a', name: 'Phoenix-See', lon: 7.51, lat: 51.49 };
    const kiosk = { id: 'b', name: 'Kiosk am See', lon: 7.5101, lat: 51.4901 };
    // ~35 m away, same place under another spelling
    expect(matchPlace({ name: 'Phoenixsee', lon: 7.5104, lat: 51.4901 }, [kiosk, see])).toBe(see);
    // ~280 m away on the other shore, the same name: the same lake
    expect(matchPlace({ name: 'Phoenix-See Dortmund', lon: 7.514, lat: 51.49 }, [see])).toBe(see);
    // ~700 m away: not the same spot
    expect(matchPlace({ name: 'Phoenix-See', lon: 7.52, lat: 51.49 }, [see])).toBeNull();
    // right there, but another name
    expect(matchPlace({ name: 'Hörder Burg', lon: 7.51, lat: 51.49 }, [see, kiosk])).toBeNull();
    // a similar name that is not the same counts within 100 m only
    const kioskFar = { name: 'Kiosk am Sea', lon: 7.5101, lat: 51.4921 }; // a typo, ~220 m from the kiosk
    expect(nameSimilarity(kioskFar.name, kiosk.name)).toBeGreaterThanOrEqual(0.5);
    expect(nameSimilarity(kioskFar.name, kiosk.name)).toBeLessThan(1);
    expect(matchPlace(kioskFar, [kiosk])).toBeNull();
    expect(matchPlace({ ...kioskFar, lat: 51.4905 }, [kiosk])).toBe(kiosk);
  });

  it('prefers the nearest of two places with the same name', () => {
    const west = { id: 'w', name: 'Phoenix-See', lon: 7.507, lat: 51.49 };
    const east = { id: 'e', name: 'Phoenix-See', lon: 7.512, lat: 51.49 };
    expect(matchPlace({ name: 'Phoenixsee', lon: 7.511, lat: 51.49 }, [west, east])).toBe(east);
  });

  it('searches two rings of H3 cells, enough for 400 m', () => {
    expect(placeSearchCells('891f1d4a9b3ffff')).toHaveLength(19);
  });
});
