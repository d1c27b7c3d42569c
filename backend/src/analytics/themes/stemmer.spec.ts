import { stemGerman } from './stemmer';

describe('German Snowball stemmer', () => {
  // pairs from the Snowball German sample vocabulary and the algorithm description
  it.each([
    ['aufeinander', 'aufeinand'],
    ['aufeinanderfolge', 'aufeinanderfolg'],
    ['aufeinanderfolgenden', 'aufeinanderfolg'],
    ['aufeinanderfolgt', 'aufeinanderfolgt'],
    ['aufeinanderschlügen', 'aufeinanderschlug'],
    ['aufenthaltes', 'aufenthalt'],
    ['auferstehung', 'aufersteh'],
    ['auferstünde', 'auferstund'],
    ['auffällig', 'auffall'],
    ['auffälliges', 'auffall'],
    ['kategorie', 'kategori'],
    ['kategorien', 'kategori'],
    ['kategorischen', 'kategor'],
    ['kater', 'kat'],
    ['katholiken', 'kathol'],
    ['katholisch', 'kathol'],
    ['kätzchen', 'katzch'],
    ['kauen', 'kau'],
    ['kauend', 'kauend'],
    ['käufer', 'kauf'],
    ['kaufleute', 'kaufleut'],
    ['kaufmann', 'kaufmann'],
    // examples of the algorithm page (full run: step 1, then 2 and 3, then the postlude)
    ['äckern', 'ack'],
    ['armes', 'arm'],
    ['bedürfnissen', 'bedurfnis'],
    ['derbsten', 'derb'],
  ])('%s → %s', (word, stem) => {
    expect(stemGerman(word)).toBe(stem);
  });

  it('replaces ß by ss and removes umlauts at the end', () => {
    expect(stemGerman('straße')).toBe('strass');
    expect(stemGerman('häuser')).toBe('haus');
    expect(stemGerman('bäume')).toBe(stemGerman('baume'));
  });

  it('treats u and y between vowels as consonants', () => {
    // "kauen": u between a and e is a consonant, so R1 starts after "kau" and "en" is removed
    expect(stemGerman('bauen')).toBe('bau');
    // f-e-U-e-r: R1 begins after "feU", so "er" goes
    expect(stemGerman('feuer')).toBe('feu');
    expect(stemGerman('bayern')).toBe('bay');
  });

  it('handles the d-suffixes of step 3', () => {
    expect(stemGerman('möglichkeit')).toBe('moglich');
    expect(stemGerman('heiterkeit')).toBe('heiter');
    expect(stemGerman('ruhig')).toBe('ruhig');
    expect(stemGerman('ruhiger')).toBe('ruhig');
  });

  it('leaves very short words alone', () => {
    expect(stemGerman('')).toBe('');
    expect(stemGerman('zu')).toBe('zu');
    expect(stemGerman('see')).toBe('see');
  });
});
