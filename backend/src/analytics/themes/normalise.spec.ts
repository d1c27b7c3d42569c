import { contentWords, fold, isStopword, isWordChar, normaliseToken, normaliseWord, STOPWORDS, tokenise, transliterate, words } from './normalise';

describe('normalise', () => {
  it('tokenises into lower-case letter runs; hyphens, digits and punctuation separate', () => {
    expect(tokenise('Phoenix-See, 3,2 km – Kiosk-Bier!')).toEqual(['phönix', 'see', 'km', 'kiosk', 'bier']);
    expect(tokenise("gibt's Ü30-Party")).toEqual(['gibt', 's', 'ü', 'party']);
    expect(tokenise('')).toEqual([]);
    expect(tokenise('🙂 … 2026')).toEqual([]);
  });

  it('keeps ä/ö/ü, writes ß as ss and drops other diacritics', () => {
    expect(words('Fußball im Café, Größe, Crème brûlée, STRAẞE')).toEqual(['fussball', 'im', 'cafe', 'grösse', 'creme', 'brulee', 'strasse']);
  });

  it('transliterates ae/oe/ue like Snowball german2', () => {
    expect(transliterate('baeume')).toBe('bäume');
    expect(transliterate('gruen')).toBe('grün');
    expect(transliterate('fuer')).toBe('für');
    expect(transliterate('schoen')).toBe('schön');
    // not after q, not for u between vowels
    expect(transliterate('quelle')).toBe('quelle');
    expect(transliterate('mauer')).toBe('mauer');
    expect(transliterate('neue')).toBe('neue');
    expect(transliterate('feuer')).toBe('feuer');
    expect(transliterate('frauen')).toBe('frauen');
    expect(tokenise('Baeume und Bäume')).toEqual(['bäume', 'und', 'bäume']);
  });

  it('folds umlauts for surface matching', () => {
    expect(fold('türme gärten höfe')).toBe('turme garten hofe');
    expect(fold('park')).toBe('park');
  });

  it('normalises keywords like text and single runs like tokens', () => {
    // "oe" → ö also in names ("Phoenix" → "phönix"): the same in keywords and texts, so it still matches
    expect(normaliseWord('Phoenix-See')).toBe('phönix see');
    expect(normaliseWord('Grünfläche')).toBe('grünfläche');
    expect(normaliseToken('Gruenflaeche')).toBe('grünfläche');
    expect(isWordChar('a'.charCodeAt(0))).toBe(true);
    expect(isWordChar('Ж'.charCodeAt(0))).toBe(true);
    expect(isWordChar('-'.charCodeAt(0))).toBe(false);
    expect(isWordChar('7'.charCodeAt(0))).toBe(false);
  });

  it('has German stopwords, stored normalised', () => {
    for (const w of ['und', 'der', 'die', 'das', 'ich', 'nicht', 'für', 'über', 'dass', 'nen', 'gibts']) expect(isStopword(w)).toBe(true);
    for (const w of ['park', 'see', 'ruhe', 'still', 'zusammen', 'früher', 'bank']) expect(isStopword(w)).toBe(false);
    for (const w of STOPWORDS) expect(w).toBe(w.toLowerCase());
    expect(isStopword(transliterate('fuer'))).toBe(true);
  });

  it('gives content words for counting: no stopwords, at least 3 letters, readable spelling', () => {
    expect(contentWords('Am Phoenix-See gibt es Bänke, und da sitz ich so gern.')).toEqual(['phoenix', 'see', 'bänke', 'sitz']);
    expect(contentWords('Der Hoeschpark ist toll', 4)).toEqual(['hoeschpark', 'toll']);
  });
});
