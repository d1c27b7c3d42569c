import { classify, compileCodebook, explain } from './classifier';
import { DEFAULT_CODEBOOK, THEME_IDS, ThemeDefinition } from './codebook';
import { isStopword, normaliseWord } from './normalise';

const cb = compileCodebook();
const themes = (text: string): string[] => classify(text, cb);

describe('default codebook', () => {
  it('has the 12 themes of API.md in order, with German labels and keywords', () => {
    expect(DEFAULT_CODEBOOK.map((t) => t.id)).toEqual([...THEME_IDS]);
    expect(THEME_IDS).toEqual([
      'natur', 'wasser', 'industriekultur', 'geschichte', 'kultur', 'sport',
      'gastronomie', 'erinnerung', 'gemeinschaft', 'ruhe', 'aussicht', 'einkaufen',
    ]);
    for (const t of DEFAULT_CODEBOOK) {
      expect(t.label.length).toBeGreaterThan(3);
      expect(t.keywords.filter((k) => !k.startsWith('!')).length).toBeGreaterThanOrEqual(25);
    }
  });

  it('lets every keyword match its own theme when written alone', () => {
    const missing: string[] = [];
    for (const t of DEFAULT_CODEBOOK) {
      for (const k of t.keywords) {
        if (k.startsWith('!')) continue;
        const text = k.replace(/^[~=*]+|\*$/g, '');
        if (!explain(text, cb).some((e) => e.theme === t.id && e.counted)) missing.push(`${t.id}: ${k}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no keyword that is a stopword and no duplicate keyword within a theme', () => {
    for (const t of DEFAULT_CODEBOOK) {
      const seen = new Set<string>();
      for (const k of t.keywords) {
        const norm = normaliseWord(k.replace(/^[!~=*]+|\*$/g, ''));
        if (!norm.includes(' ')) expect({ k, stop: isStopword(norm) }).toEqual({ k, stop: false });
        expect({ k, dup: seen.has(k) }).toEqual({ k, dup: false });
        seen.add(k);
      }
    }
  });
});

describe('classify', () => {
  it('finds compound parts: head, modifier and interior', () => {
    expect(themes('Die Stadtparkbank ist mein Lieblingsplatz')).toEqual(expect.arrayContaining(['natur', 'ruhe']));
    expect(themes('Eine Hafenrundfahrt am Sonntag')).toEqual(['wasser']);
    expect(themes('Das Zechengelände ist riesig')).toEqual(['industriekultur']);
    expect(themes('Abends am Phoenixsee')).toEqual(['wasser']);
    expect(themes('Abends am Phoenix-See')).toEqual(['wasser']);
    expect(themes('Die Seerosen im Rombergparkteich')).toEqual(expect.arrayContaining(['natur', 'wasser']));
    expect(themes('Vom Aussichtsturm aus')).toEqual(['aussicht']);
    expect(themes('Der Kirchturm von St. Reinoldi')).toEqual(['geschichte']);
  });

  it('matches inflected forms, umlaut plurals and participles', () => {
    expect(themes('Riesige alte Bäume')).toEqual(['natur']);
    expect(themes('Die Fördertürme sieht man von weitem')).toEqual(['industriekultur']);
    expect(themes('Im Sommer wird gegrillt')).toEqual(['gemeinschaft']);
    expect(themes('Hier bin ich ganz entspannt')).toEqual(['ruhe']);
    expect(themes('Der ruhigste Ort der Stadt')).toEqual(['ruhe']);
    expect(themes('Wir radeln jeden Sonntag hierher')).toEqual(['sport']);
  });

  it('treats ae/oe/ue, ss and case like the proper spelling', () => {
    expect(themes('Baeume und gruene Wiesen')).toEqual(themes('Bäume und grüne Wiesen'));
    expect(themes('FUSSBALL')).toEqual(['sport']);
    expect(themes('Fußball')).toEqual(['sport']);
    expect(themes('Die schoene Aussicht')).toEqual(['aussicht']);
  });

  it('names several themes, in codebook order', () => {
    expect(themes('Nach dem Spaziergang im Wald ein Bier im Biergarten mit Freunden, dann der Blick vom Turm.')).toEqual([
      'natur', 'gastronomie', 'gemeinschaft', 'aussicht',
    ]);
  });

  it('applies exclusions to the overlapping part of a word only', () => {
    expect(themes('Ich parke im Parkhaus')).toEqual([]);
    expect(themes('Der Bürgersteig vor dem Rathaus')).toEqual([]);
    expect(themes('Im Signal Iduna Park')).not.toContain('natur');
    expect(themes('Da bekomme ich Gänsehaut')).toEqual([]);
    expect(themes('Der Augenblick, als…')).toEqual([]);
    expect(themes('Die Burg von Hamburg')).toEqual(['geschichte']); // "Burg" counts, "Hamburg" does not
    expect(themes('Hamburg')).toEqual([]);
  });

  it('needs corroboration for weak keywords', () => {
    expect(themes('Mit Kaffee auf der Decke')).toEqual([]);
    expect(themes('Kaffee und Kuchen')).toEqual(['gastronomie']);
    expect(themes('Ein Kaffee im Café')).toEqual(['gastronomie']);
    expect(themes('Früher war hier ein Kino')).toEqual(['kultur']);
    expect(themes('Früher, als Kind, war ich jeden Tag hier')).toEqual(['erinnerung']);
    // one word counts once per theme: "Kaffee Kaffee" is two words
    expect(themes('Kaffee, Kaffee, Kaffee')).toEqual(['gastronomie']);
  });

  it('matches phrases on consecutive words', () => {
    expect(themes('Hier hatte ich meinen ersten Kuss')).toEqual(['erinnerung']);
    expect(themes('Ich erinnere mich an jeden Sommer')).toEqual(['erinnerung']);
    expect(themes('Das Mahnmal erinnert an die Opfer')).toEqual(['geschichte']);
    expect(themes('Bei klarem Wetter sieht man bis ins Sauerland')).toEqual(['aussicht']);
    expect(themes('Erster Tag, dann ein Kuss')).toEqual([]);
  });

  it('does not split words at implausible boundaries', () => {
    expect(themes('unglaublich schön')).toEqual([]); // un|g|laub|lich
    expect(themes('Sie hat mich eingeladen')).toEqual([]); // ein|ge|laden
    expect(themes('Die Verkäuferin war nett')).toEqual([]); // verk|äufer, not Ufer
    expect(themes('Die Seele baumeln lassen')).toEqual(['ruhe']); // baum|eln is no tree
    expect(themes('In Reihe sieben')).toEqual([]); // Reihe is no Reiher
    expect(themes('Das Jugendstilportal')).toEqual([]); // Jugendstil is no youth memory
    expect(themes('Eine Wand zum Klettern')).toEqual(['sport']); // "Wand" is not "wandern"
  });

  it('ignores street names and configured place words', () => {
    expect(themes('Ich wohne in der Lindemannstraße')).toEqual([]);
    expect(themes('Hafenstraße 12')).toEqual([]);
    expect(themes('Die Einkaufsstraße')).toEqual(['einkaufen']);
    expect(themes('In der Gartenstadt und in Kirchlinde')).toEqual([]);
    const custom = compileCodebook(DEFAULT_CODEBOOK, { ignoreWords: [] });
    expect(classify('Gartenstadt', custom)).toEqual(['natur']);
  });

  it('returns nothing for empty or theme-free texts', () => {
    expect(themes('')).toEqual([]);
    expect(themes('   …!? 1234 🙂')).toEqual([]);
    expect(themes('Mein Herzensort ist und bleibt Hörde.')).toEqual([]);
  });

  it('gives the same result with a cached word analysis, a fresh compile and explain', () => {
    // "trinke" and "Kaffee" are both weak: together they make gastronomie
    const text = 'Mein Opa hat auf der Zeche malocht; heute sitze ich am Kanal auf der Bank und trinke einen Kaffee.';
    const first = themes(text);
    expect(themes(text)).toEqual(first);
    expect(classify(text, compileCodebook())).toEqual(first);
    const counted = new Set(explain(text, cb).filter((e) => e.counted).map((e) => e.theme));
    for (const t of first) expect(counted.has(t)).toBe(true);
    expect(first).toEqual(['wasser', 'industriekultur', 'gastronomie', 'erinnerung', 'ruhe']);
  });

  it('explains which keyword matched which word', () => {
    const ev = explain('Parkhaus am Stadtpark', cb);
    expect(ev).toEqual(
      expect.arrayContaining([
        { theme: 'natur', word: 'parkhaus', keyword: '~Park', counted: false },
        { theme: 'natur', word: 'stadtpark', keyword: 'Stadtpark', counted: true },
      ]),
    );
  });
});

describe('custom codebooks', () => {
  const book: ThemeDefinition[] = [
    { id: 'tiere', label: 'Tiere', keywords: ['Hund', '*Katze', '=Maus', '~Futter', '!Hundehütte', 'bellen'] },
    { id: 'kaffee', label: 'Kaffee', keywords: ['Kaffee', 'Milch*', 'Kaffee trinken'] },
  ];

  it('compiles any codebook and keeps its order', () => {
    const c = compileCodebook(book);
    expect(c.ids).toEqual(['tiere', 'kaffee']);
    expect(classify('Milchkaffee und ein Hund', c)).toEqual(['tiere', 'kaffee']);
  });

  it('honours the keyword syntax', () => {
    const c = compileCodebook(book);
    expect(classify('Hundewiese', c)).toEqual(['tiere']); // noun ≥ 4: modifier
    expect(classify('Schäferhund', c)).toEqual(['tiere']); // head
    expect(classify('Hundehütte', c)).toEqual([]); // exclusion
    expect(classify('Hauskatze', c)).toEqual(['tiere']); // *Katze: head
    expect(classify('Katzenklo', c)).toEqual([]); // … but not modifier
    expect(classify('Mäuse', c)).toEqual(['tiere']); // =Maus: whole word; the umlaut plural folds to maus + e
    expect(classify('Maus', c)).toEqual(['tiere']);
    expect(classify('Mausefalle', c)).toEqual([]); // =: never a compound part
    expect(classify('Futter', c)).toEqual([]); // weak
    expect(classify('Futter, Futter', c)).toEqual(['tiere']);
    expect(classify('Der Hund bellt', c)).toEqual(['tiere']);
    expect(classify('Die Hunde bellten', c)).toEqual(['tiere']);
    expect(classify('Milchreis', c)).toEqual(['kaffee']); // Milch*: modifier
    expect(classify('Hafermilch', c)).toEqual([]); // … not head
  });

  it('compiles a plain codebook on first use and caches it', () => {
    expect(classify('Ein Hund', book)).toEqual(['tiere']);
    expect(classify('Ein Hund', book)).toEqual(['tiere']);
    expect(classify('Bäume')).toEqual(['natur']); // default codebook
  });

  it('respects minCompoundLength', () => {
    const c = compileCodebook([{ id: 'x', label: 'X', keywords: ['Park'] }], { minCompoundLength: 5 });
    expect(classify('Stadtpark', c)).toEqual([]);
    expect(classify('Park', c)).toEqual(['x']);
  });
});
