import { matchPlace, nameKey, nameSimilarity } from './place-match';

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

  it('matches within 100 m and a similar name only', () => {
    const see = { id: 'a', name: 'Phoenix-See', lon: 7.51, lat: 51.49 };
    const kiosk = { id: 'b', name: 'Kiosk am See', lon: 7.5101, lat: 51.4901 };
    // ~35 m away, same place under another spelling
    expect(matchPlace({ name: 'Phoenixsee', lon: 7.5104, lat: 51.4901 }, [kiosk, see])).toBe(see);
    // ~700 m away: not the same spot
    expect(matchPlace({ name: 'Phoenix-See', lon: 7.52, lat: 51.49 }, [see])).toBeNull();
    // right there, but another name
    expect(matchPlace({ name: 'Hörder Burg', lon: 7.51, lat: 51.49 }, [see, kiosk])).toBeNull();
  });
});
