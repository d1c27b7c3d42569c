/**
 * Text material for the demo data generator: how the known Dortmund places are called and declined,
 * what people say about them, sentence templates per theme and per campaign prompt, names and streets.
 *
 * Rules for everything in here (the triage filters are tested against this data):
 * no '@', no URL or domain-like "word.tld", no digit runs that look like phone numbers (no leading 0,
 * no "+49"), no profanity. Harmless numbers (years, "seit 20 Jahren", "um 18 Uhr", house numbers,
 * postcodes) and harmless words that contain insult substrings ("Wasser", "Klasse", "Schwäne",
 * "dicke Freunde") are fine and wanted.
 */
import { THEME_IDS, ThemeId } from '../analytics/themes/codebook';
import type { Random } from './random';

/** The demo data speaks of the themes of the default codebook. */
export type ThemeKey = ThemeId;
export const THEME_KEYS: readonly ThemeKey[] = THEME_IDS;

/** The forms of a place name a sentence needs. */
export interface StoryCtx {
  r: Random;
  /** bare name: "Phoenixsee" */
  n: string;
  /** nominative with article: "der Phoenixsee", "Hörde" */
  N: string;
  Nc: string;
  /** accusative: "den Phoenixsee" */
  A: string;
  /** where: "am Phoenixsee", "in Hörde" */
  L: string;
  Lc: string;
  /** where to: "zum Phoenixsee", "nach Hörde" */
  Z: string;
  /** "unser Phoenixsee", "unsere Zeche Zollern" */
  poss: string;
}

export type Template = (c: StoryCtx) => string;

export const cap = (s: string): string => (s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1));

// ---------------------------------------------------------------------------------------------
// Places: names, grammar, colloquial variants

type Gender = 'm' | 'f' | 'n' | 'pl' | 'x';

export interface AliasDef {
  /** bare name as written in a sentence */
  n: string;
  /** grammatical gender; 'x' = used without article (town names, "St. Reinoldi") */
  g: Gender;
  /** preposition for "where": an (am See), in (im Park), auf (auf dem Platz); ignored for 'x' */
  p?: 'an' | 'in' | 'auf';
  /** explicit forms where adjectives decline ("der Alte Markt", "am Alten Markt") */
  N?: string;
  A?: string;
  L?: string;
  Z?: string;
  poss?: string;
  /** extra lowercase substrings by which a mention of this alias is recognised */
  keys?: string[];
}

export interface PlaceText {
  aliases: AliasDef[];
  /** further spellings people type into the place-name field */
  names?: string[];
  /** place-specific sentences (the "what makes it special" prompt) */
  facts?: Template[];
  /** theme affinities; merged over the defaults of the place's kind */
  themes?: Partial<Record<ThemeKey, number>>;
  /** streets near the place: [street, postcode] */
  streets?: Array<[string, string]>;
}

const ART_NOM: Record<Gender, string> = { m: 'der ', f: 'die ', n: 'das ', pl: 'die ', x: '' };
const ART_ACC: Record<Gender, string> = { m: 'den ', f: 'die ', n: 'das ', pl: 'die ', x: '' };
const LOC: Record<'an' | 'in' | 'auf', Record<Gender, string>> = {
  an: { m: 'am ', f: 'an der ', n: 'am ', pl: 'an den ', x: 'in ' },
  in: { m: 'im ', f: 'in der ', n: 'im ', pl: 'in den ', x: 'in ' },
  auf: { m: 'auf dem ', f: 'auf der ', n: 'auf dem ', pl: 'auf den ', x: 'in ' },
};
const DIR: Record<Gender, string> = { m: 'zum ', f: 'zur ', n: 'zum ', pl: 'zu den ', x: 'nach ' };
const POSS: Record<Gender, string> = { m: 'unser ', f: 'unsere ', n: 'unser ', pl: 'unsere ', x: 'unser ' };

export interface AliasForms {
  n: string;
  N: string;
  Nc: string;
  A: string;
  L: string;
  Lc: string;
  Z: string;
  poss: string;
  keys: string[];
}

export function aliasForms(a: AliasDef): AliasForms {
  const N = a.N ?? ART_NOM[a.g] + a.n;
  const L = a.L ?? LOC[a.p ?? 'in'][a.g] + a.n;
  return {
    n: a.n,
    N,
    Nc: cap(N),
    A: a.A ?? ART_ACC[a.g] + a.n,
    L,
    Lc: cap(L),
    Z: a.Z ?? DIR[a.g] + a.n,
    poss: a.poss ?? POSS[a.g] + a.n,
    keys: [a.n.toLowerCase(), ...(a.keys ?? [])],
  };
}

/** Fallback for places this file does not know: strip qualifiers, use the name without article. */
export function fallbackAlias(name: string): AliasDef {
  let n = name.replace(/\s*\([^)]*\)/g, '').replace(/\s+[–-]\s+.*$/, '').replace(/^Stadtbezirk\s+/, '').trim();
  if (!n) n = name.trim() || 'diesem Ort';
  return { n, g: 'x', L: `bei ${n}`, Z: `zu ${n}`, poss: `unser Ort ${n}` };
}

export const PLACE_TEXTS: Record<string, PlaceText> = {
  'dortmunder-u': {
    aliases: [
      { n: 'Dortmunder U', g: 'n', p: 'in' },
      { n: 'U', g: 'n', p: 'in', keys: ['dortmunder u', 'u-turm', 'das u', 'im u', 'zum u', 'am u'] },
      { n: 'U-Turm', g: 'm', p: 'an' },
    ],
    names: ['Dortmunder U', 'das U', 'U-Turm', 'Das U', 'Dortmunder U (Kunst und Kreativität)', 'U Turm Dortmund'],
    facts: [
      (c) => `Die Fliegenden Bilder oben auf dem Turm schaue ich mir immer wieder an, vor allem ${pick(c.r, WHEN)}.`,
      (c) => `Früher wurde hier Bier gebraut, heute gibt es ${c.L} Kunst, Kreativität und Platz zum Ausprobieren.`,
      () => `Das leuchtende U auf dem Dach ist für mich das Zeichen: Ich bin wieder in Dortmund.`,
      (c) => `Von ganz oben hat man einen tollen Blick über die Innenstadt bis ${pick(c.r, ['zum Florianturm', 'zum Stadion', 'zum Hafen', 'weit ins Ruhrgebiet'])}.`,
    ],
    themes: { kultur: 4, aussicht: 1.5, industriekultur: 1.2, geschichte: 0.8, gastronomie: 0.8, erinnerung: 1 },
    streets: [['Leonie-Reygers-Terrasse', '44137'], ['Rheinische Straße', '44137'], ['Königswall', '44137']],
  },
  'phoenix-see': {
    aliases: [
      { n: 'Phoenixsee', g: 'm', p: 'an', keys: ['phoenix-see', 'phönixsee', 'phoenix see'] },
      { n: 'Phoenixsee', g: 'm', p: 'an' },
      { n: 'See in Hörde', g: 'm', p: 'an', keys: ['phoenixsee'] },
    ],
    names: ['Phoenixsee', 'der Phoenixsee', 'Phönixsee', 'Phoenix See', 'Phoenixsee Hörde', 'PHOENIX-See', 'Phoenix-See Dortmund'],
    facts: [
      () => `Wo früher das Stahlwerk Phoenix-Ost stand, ist heute ein See – für mich ist das der Strukturwandel in Reinform.`,
      (c) => `Die Runde um den See ist gut drei Kilometer lang, perfekt ${pick(c.r, ['für den Feierabend', 'für einen Sonntagsspaziergang', 'zum Joggen', 'mit dem Kinderwagen'])}.`,
      (c) => `Die Segelboote auf dem Wasser lassen mich ${c.L} jedes Mal an Urlaub denken.`,
      () => `Am Ufer erinnert noch einiges an das alte Stahlwerk, und mittendrin steht die Hörder Burg.`,
      (c) => `Wenn abends die Lichter am Hafen angehen, ist ${c.N} der schönste Ort der Stadt.`,
    ],
    themes: { wasser: 4, natur: 1.5, industriekultur: 1.5, aussicht: 1, gastronomie: 1.2, ruhe: 1.2, gemeinschaft: 0.6 },
    streets: [['Phoenixseestraße', '44263'], ['Hörder Bahnhofstraße', '44263'], ['Faßstraße', '44263'], ['Am Kai', '44263'], ['Hermannstraße', '44263']],
  },
  'signal-iduna-park-westfalenstadion': {
    aliases: [
      { n: 'Westfalenstadion', g: 'n', p: 'in' },
      { n: 'Signal Iduna Park', g: 'm', p: 'in', keys: ['signal-iduna-park', 'westfalenstadion'] },
      { n: 'Südtribüne', g: 'f', p: 'auf', keys: ['westfalenstadion', 'stadion'] },
      { n: 'Stadion', g: 'n', p: 'in', keys: ['westfalenstadion', 'signal iduna'] },
    ],
    names: ['Westfalenstadion', 'Signal Iduna Park', 'Signal-Iduna-Park', 'Südtribüne', 'das Westfalenstadion', 'BVB Stadion', 'Stadion', 'Die Gelbe Wand'],
    facts: [
      () => `Wenn die Südtribüne singt, bekomme ich jedes Mal Gänsehaut.`,
      () => `Die Gelbe Wand ist einzigartig – über zwanzigtausend Menschen auf einer Tribüne, eine Stimme.`,
      () => `„You'll Never Walk Alone“ vor dem Anpfiff – da muss ich jedes Mal schlucken.`,
      (c) => `Ich habe seit ${c.r.int(3, 40)} Jahren eine Dauerkarte und verpasse kaum ein Heimspiel.`,
      (c) => `${c.Nc} ist für mich das schönste Stadion der Welt, und das sage ich nicht nur als Borusse.`,
    ],
    themes: { sport: 5, gemeinschaft: 2, erinnerung: 1.5, gastronomie: 0.4 },
    streets: [['Strobelallee', '44139'], ['Ardeystraße', '44139'], ['Lindenhorster Straße', '44147']],
  },
  'florianturm-westfalenpark': {
    aliases: [
      { n: 'Florianturm', g: 'm', p: 'auf' },
      { n: 'Florian', g: 'm', p: 'auf', keys: ['florianturm'] },
      { n: 'Fernsehturm', g: 'm', p: 'auf', keys: ['florian'] },
    ],
    names: ['Florianturm', 'der Florian', 'Florian', 'Fernsehturm Florian', 'Florianturm im Westfalenpark'],
    facts: [
      () => `Von oben sieht man bei klarem Wetter das ganze Ruhrgebiet und bis ins Sauerland.`,
      () => `Der Fernsehturm ist für mich das Wahrzeichen, an dem ich sehe: Ich bin zu Hause.`,
      (c) => `Die Plattform ${c.L} ist schwindelerregend hoch, aber der Blick lohnt sich jedes Mal.`,
      (c) => `Wenn ich auf der B1 ${c.A} sehe, weiß ich, dass ich gleich daheim bin.`,
    ],
    themes: { aussicht: 5, natur: 1, erinnerung: 1.2, geschichte: 0.6 },
    streets: [['An der Buschmühle', '44139'], ['Florianstraße', '44139']],
  },
  'hohensyburg-burgruine': {
    aliases: [
      { n: 'Hohensyburg', g: 'f', p: 'auf', keys: ['syburg'] },
      { n: 'Syburg', g: 'f', p: 'auf', keys: ['hohensyburg'] },
    ],
    names: ['Hohensyburg', 'Syburg', 'Burgruine Hohensyburg', 'Hohensyburg Ruine', 'die Syburg'],
    facts: [
      () => `Von der Ruine aus blickt man auf den Hengsteysee und das Ruhrtal – ein Blick zum Niederknien.`,
      () => `Der Vincketurm und die alten Mauern erzählen von vielen Jahrhunderten Geschichte.`,
      (c) => `${c.Lc} weht immer ein frischer Wind, egal wie heiß es unten in der Stadt ist.`,
      () => `Die Serpentinen hoch zur Burg fahre ich mit dem Rad, oben gibt es dann zur Belohnung ein Eis.`,
    ],
    themes: { aussicht: 3, geschichte: 2.5, natur: 2, wasser: 0.8, ruhe: 1, erinnerung: 1 },
    streets: [['Hohensyburgstraße', '44265'], ['Syburger Dorfstraße', '44265']],
  },
  'zeche-zollern-lwl-industriemuseum': {
    aliases: [
      { n: 'Zeche Zollern', g: 'f', p: 'auf' },
      { n: 'Zollern', g: 'x', L: 'auf Zollern', Z: 'nach Zollern', poss: 'unsere Zeche Zollern', keys: ['zeche zollern'] },
    ],
    names: ['Zeche Zollern', 'Zeche Zollern II/IV', 'LWL-Industriemuseum Zeche Zollern', 'Zollern', 'Industriemuseum Zollern'],
    facts: [
      () => `Die Maschinenhalle mit dem Jugendstil-Portal ist für mich die schönste Industriehalle der Welt.`,
      () => `Nicht umsonst nennt man die Zeche auch das Schloss der Arbeit.`,
      (c) => `Die Fördergerüste ${c.L} sieht man schon von Weitem, und jedes Mal geht mir das Herz auf.`,
      () => `Im Museum versteht man, wie hart die Arbeit unter Tage war – und wie groß der Zusammenhalt.`,
    ],
    themes: { industriekultur: 5, geschichte: 2.5, kultur: 1.2, erinnerung: 1.2, gemeinschaft: 0.5 },
    streets: [['Grubenweg', '44388'], ['Bövinghauser Straße', '44388'], ['Provinzialstraße', '44388']],
  },
  'botanischer-garten-rombergpark': {
    aliases: [
      { n: 'Rombergpark', g: 'm', p: 'in' },
      { n: 'Botanischer Garten', g: 'm', N: 'der Botanische Garten', A: 'den Botanischen Garten', L: 'im Botanischen Garten', Z: 'zum Botanischen Garten', poss: 'unser Botanischer Garten', keys: ['botanische', 'rombergpark'] },
    ],
    names: ['Rombergpark', 'Botanischer Garten Rombergpark', 'Romberg-Park', 'der Rombergpark', 'Botanischer Garten'],
    facts: [
      () => `Die alten Bäume aus aller Welt machen den Park zu jeder Jahreszeit zu einem Erlebnis.`,
      () => `In den Pflanzenschauhäusern ist es selbst im Januar warm und grün.`,
      (c) => `${c.Lc} kenne ich inzwischen fast jeden Baum mit Namen.`,
      () => `Im Frühjahr blühen hier die Rhododendren, da komme ich jeden zweiten Tag vorbei.`,
    ],
    themes: { natur: 5, ruhe: 2.5, erinnerung: 1.2, gemeinschaft: 0.4 },
    streets: [['Am Rombergpark', '44225'], ['Mergelteichstraße', '44225'], ['Schneiderstraße', '44229']],
  },
  'zeche-minister-stein-hammerkopfturm': {
    aliases: [
      { n: 'Hammerkopfturm', g: 'm', p: 'an' },
      { n: 'Zeche Minister Stein', g: 'f', p: 'auf', keys: ['minister stein', 'hammerkopfturm'] },
    ],
    names: ['Hammerkopfturm', 'Zeche Minister Stein', 'Minister Stein', 'Hammerkopfturm Eving'],
    facts: [
      () => `Der Hammerkopfturm ist das Wahrzeichen von Eving und erinnert an die Bergbauzeit.`,
      () => `Rund um den alten Turm ist ein ganz neues Viertel entstanden, ohne die Vergangenheit zu verstecken.`,
      (c) => `Mein Opa ist ${c.L} eingefahren, heute spielen meine Kinder dort, wo früher Kohle gefördert wurde.`,
    ],
    themes: { industriekultur: 4, geschichte: 2, erinnerung: 2, gemeinschaft: 1.2 },
    streets: [['Evinger Straße', '44339'], ['Deutsche Straße', '44339'], ['Bergstraße', '44339']],
  },
  'dortmund-hauptbahnhof': {
    aliases: [
      { n: 'Hauptbahnhof', g: 'm', p: 'an' },
      { n: 'Dortmunder Hauptbahnhof', g: 'm', p: 'an', keys: ['hauptbahnhof'] },
      { n: 'Hbf', g: 'm', p: 'an', keys: ['hauptbahnhof'] },
    ],
    names: ['Dortmund Hauptbahnhof', 'Hauptbahnhof', 'Hbf', 'Dortmund Hbf', 'der Hauptbahnhof'],
    facts: [
      (c) => `Wenn ich nach einer Reise ${c.L} ankomme, weiß ich: Jetzt bin ich zu Hause.`,
      () => `Am Bahnhof beginnen und enden die Reisen – Abschiede und Wiedersehen inklusive.`,
      () => `Gleich gegenüber steht das Fußballmuseum, für Besuch von außerhalb der perfekte Start.`,
    ],
    themes: { erinnerung: 3, gemeinschaft: 1.2, gastronomie: 0.8, einkaufen: 0.6, kultur: 0.4 },
    streets: [['Königswall', '44137'], ['Katharinenstraße', '44137'], ['Burgwall', '44135']],
  },
  fredenbaumpark: {
    aliases: [
      { n: 'Fredenbaumpark', g: 'm', p: 'in' },
      { n: 'Fredenbaum', g: 'm', p: 'in', keys: ['fredenbaumpark'] },
    ],
    names: ['Fredenbaumpark', 'Fredenbaum', 'Park am Fredenbaum', 'Fredenbaumpark Nordstadt'],
    facts: [
      () => `Der Fredenbaumpark ist die grüne Lunge der Nordstadt.`,
      () => `Im Sommer treffen sich am Big Tipi Familien aus allen Ecken der Welt.`,
      (c) => `${c.Lc} gibt es große Wiesen, alte Bäume und einen Teich, an dem die Kinder Enten füttern.`,
    ],
    themes: { natur: 4, gemeinschaft: 2.5, ruhe: 1.5, erinnerung: 1.2, wasser: 0.5 },
    streets: [['Lünener Straße', '44145'], ['Schützenstraße', '44147'], ['Kurfürstenstraße', '44147']],
  },
  westfalenhallen: {
    aliases: [
      { n: 'Westfalenhallen', g: 'pl', p: 'in' },
      { n: 'Westfalenhalle', g: 'f', p: 'in', keys: ['westfalenhallen'] },
    ],
    names: ['Westfalenhallen', 'Westfalenhalle', 'die Westfalenhallen', 'Westfalenhalle 1', 'Messe Westfalenhallen'],
    facts: [
      (c) => `${c.Lc} habe ich meine ersten großen Konzerte erlebt.`,
      () => `Messe, Konzert, Sechstagerennen, Boxkampf – hier war immer etwas los.`,
      (c) => `Ich war schon auf so vielen Messen ${c.L}, dass ich die Hallen im Schlaf finde.`,
    ],
    themes: { kultur: 3, erinnerung: 2.5, sport: 1, gemeinschaft: 1, gastronomie: 0.5 },
    streets: [['Rheinlanddamm', '44139'], ['Strobelallee', '44139'], ['Ardeystraße', '44139']],
  },
  'deutsches-fussballmuseum': {
    aliases: [
      { n: 'Fußballmuseum', g: 'n', p: 'in', keys: ['fussballmuseum'] },
      { n: 'Deutsches Fußballmuseum', g: 'n', N: 'das Deutsche Fußballmuseum', A: 'das Deutsche Fußballmuseum', L: 'im Deutschen Fußballmuseum', Z: 'zum Deutschen Fußballmuseum', poss: 'unser Fußballmuseum', keys: ['fußballmuseum'] },
    ],
    names: ['Deutsches Fußballmuseum', 'Fußballmuseum', 'Fussballmuseum', 'DFB-Museum', 'das Fußballmuseum'],
    facts: [
      () => `Hier werden die großen Momente des deutschen Fußballs wieder lebendig.`,
      () => `Die Pokale einmal aus der Nähe zu sehen, ist einfach etwas anderes als im Fernsehen.`,
      (c) => `${c.Lc} vergesse ich jedes Mal die Zeit, egal wie oft ich schon da war.`,
    ],
    themes: { sport: 3.5, kultur: 2.5, geschichte: 1.2, erinnerung: 1 },
    streets: [['Platz der Deutschen Einheit', '44137'], ['Königswall', '44137']],
  },
  'flughafen-dortmund-terminal-area': {
    aliases: [
      { n: 'Flughafen', g: 'm', p: 'an' },
      { n: 'Dortmunder Flughafen', g: 'm', p: 'an', keys: ['flughafen'] },
    ],
    names: ['Flughafen Dortmund', 'Dortmund Airport', 'Flughafen', 'Airport Dortmund', 'Flughafen Wickede'],
    facts: [
      () => `Hier beginnt jeder Urlaub und hier endet er auch wieder.`,
      (c) => `Ich schaue ${c.L} gern den startenden Flugzeugen zu, das hat etwas Beruhigendes.`,
    ],
    themes: { erinnerung: 3, aussicht: 1, gemeinschaft: 0.8, ruhe: 0.4 },
    streets: [['Flughafenring', '44319'], ['Wickeder Hellweg', '44319']],
  },
  'bahnhof-dortmund-hoerde': {
    aliases: [
      { n: 'Hörder Bahnhof', g: 'm', p: 'an', keys: ['bahnhof hörde'] },
      { n: 'Bahnhof Hörde', g: 'm', p: 'an', keys: ['hörder bahnhof'] },
    ],
    names: ['Bahnhof Dortmund-Hörde', 'Hörder Bahnhof', 'Bahnhof Hörde', 'Hörde Bahnhof'],
    facts: [
      () => `Vom Bahnhof ist man in wenigen Minuten am Phoenixsee.`,
      (c) => `${c.Lc} bin ich ${c.r.int(5, 30)} Jahre lang jeden Morgen in den Zug gestiegen.`,
    ],
    themes: { erinnerung: 3, gemeinschaft: 1.5, einkaufen: 0.8, gastronomie: 0.8 },
    streets: [['Hörder Bahnhofstraße', '44263'], ['Hermannstraße', '44263'], ['Alfred-Trappen-Straße', '44263']],
  },
  'bahnhof-dortmund-dorstfeld': {
    aliases: [
      { n: 'Bahnhof Dorstfeld', g: 'm', p: 'an', keys: ['dorstfelder bahnhof'] },
      { n: 'Dorstfelder Bahnhof', g: 'm', p: 'an', keys: ['bahnhof dorstfeld'] },
    ],
    names: ['Bahnhof Dortmund-Dorstfeld', 'Bahnhof Dorstfeld', 'Dorstfeld Bahnhof', 'Dorstfelder Bahnhof'],
    facts: [
      (c) => `${c.Lc} bin ich jahrelang umgestiegen, und irgendwann kannte ich alle Gesichter auf dem Bahnsteig.`,
      () => `Von hier aus ist man schnell überall, ob in der City oder an der Uni.`,
    ],
    themes: { erinnerung: 3, gemeinschaft: 1.5, geschichte: 0.5 },
    streets: [['Wittener Straße', '44149'], ['Dorstfelder Hellweg', '44149'], ['Arminiusstraße', '44149']],
  },
  'stadtmitte-offizielle-koordinate-der-stadt-dortmund': {
    aliases: [
      { n: 'Innenstadt', g: 'f', p: 'in' },
      { n: 'Stadtmitte', g: 'f', p: 'in' },
      { n: 'City', g: 'f', p: 'in', keys: ['innenstadt', 'stadtmitte'] },
    ],
    names: ['Stadtmitte', 'Innenstadt', 'Dortmund City', 'die City', 'Stadtmitte Dortmund'],
    facts: [
      () => `In der Innenstadt ist immer etwas los, vom Westenhellweg bis zum Alten Markt.`,
      () => `Zwischen den alten Kirchen und den Kaufhäusern schlägt das Herz der Stadt.`,
      () => `Der Weihnachtsmarkt mit dem riesigen Weihnachtsbaum ist für mich jedes Jahr der Höhepunkt.`,
    ],
    themes: { einkaufen: 3, gastronomie: 2, kultur: 1.2, geschichte: 1, gemeinschaft: 1.2, erinnerung: 1 },
    streets: [['Westenhellweg', '44137'], ['Ostenhellweg', '44135'], ['Hansastraße', '44137'], ['Kleppingstraße', '44135']],
  },
  'city-stadtteil-stat-bezirk-00': {
    aliases: [
      { n: 'City', g: 'f', p: 'in', keys: ['innenstadt', 'westenhellweg'] },
      { n: 'Innenstadt', g: 'f', p: 'in', keys: ['city'] },
      { n: 'Westenhellweg', g: 'm', p: 'auf', keys: ['city', 'innenstadt'] },
    ],
    names: ['City', 'Dortmunder City', 'Innenstadt', 'Westenhellweg', 'Innenstadt Dortmund'],
    facts: [
      () => `Auf dem Westenhellweg ist samstags so viel los, dass man mit der Menge treibt.`,
      () => `Zwischen Reinoldikirche und Kaufhäusern trifft sich ganz Dortmund.`,
      (c) => `${c.Lc} treffe ich zufällig immer jemanden, den ich kenne.`,
    ],
    themes: { einkaufen: 3.5, gastronomie: 2, gemeinschaft: 1.5, kultur: 1, erinnerung: 1 },
    streets: [['Westenhellweg', '44137'], ['Kampstraße', '44137'], ['Hansastraße', '44137'], ['Hohe Straße', '44139']],
  },
  'eving-stadtteil-stat-bezirk-12': {
    aliases: [{ n: 'Eving', g: 'x' }],
    names: ['Eving', 'Dortmund-Eving', 'Eving (Stadtteil)', 'Alte Kolonie Eving'],
    facts: [
      () => `In Eving kennt man sich noch von früher, viele aus der alten Zechensiedlung.`,
      () => `Die Alte Kolonie mit ihren Bergarbeiterhäusern ist für mich ein Stück Heimat.`,
    ],
    themes: { gemeinschaft: 3, erinnerung: 2.5, industriekultur: 1.2, natur: 1, einkaufen: 0.6 },
    streets: [['Evinger Straße', '44339'], ['Deutsche Straße', '44339'], ['Bergstraße', '44339']],
  },
  'brackel-stadtteil-stat-bezirk-32': {
    aliases: [{ n: 'Brackel', g: 'x' }],
    names: ['Brackel', 'Dortmund-Brackel', 'Brackeler Hellweg', 'Brackel Ortskern'],
    facts: [
      () => `Der Brackeler Hellweg ist unsere kleine Einkaufsmeile, man kennt die Verkäuferinnen beim Namen.`,
      (c) => `${c.Lc} ist es ruhig und trotzdem ist man schnell in der Stadt.`,
    ],
    themes: { gemeinschaft: 3, einkaufen: 1.5, erinnerung: 2, natur: 1, ruhe: 1 },
    streets: [['Brackeler Hellweg', '44309'], ['Oberdorfstraße', '44309'], ['Flughafenstraße', '44309']],
  },
  'scharnhorst-ost-stadtteil-stat-bezirk-27': {
    aliases: [
      { n: 'Scharnhorst-Ost', g: 'x', keys: ['scharnhorst'] },
      { n: 'Scharnhorst', g: 'x' },
    ],
    names: ['Scharnhorst-Ost', 'Scharnhorst', 'Dortmund-Scharnhorst', 'Großsiedlung Scharnhorst-Ost'],
    facts: [
      () => `Die Hochhäuser haben einen schlechten Ruf, aber hier wohnen die herzlichsten Menschen.`,
      () => `Zwischen den Siedlungen gibt es mehr Grün, als man denkt.`,
    ],
    themes: { gemeinschaft: 3.5, erinnerung: 2, natur: 1.2, einkaufen: 0.8 },
    streets: [['Gleiwitzstraße', '44328'], ['Droote', '44328'], ['Buschei', '44328']],
  },
  'stadtbezirk-innenstadt-nord-wikipedia-koordinate': {
    aliases: [
      { n: 'Nordstadt', g: 'f', p: 'in' },
      { n: 'Dortmunder Norden', g: 'm', p: 'in', keys: ['nordstadt'] },
    ],
    names: ['Nordstadt', 'die Nordstadt', 'Dortmunder Nordstadt', 'Innenstadt-Nord', 'Nordstadt Dortmund'],
    facts: [
      () => `Die Nordstadt ist bunt, laut und herzlich – hier hört man an einem Nachmittag ein Dutzend Sprachen.`,
      (c) => `${c.Lc} kann man für wenig Geld die besten Gerichte aus aller Welt essen.`,
      () => `Über die Nordstadt wird viel schlecht geredet, aber wer hier lebt, weiß es besser.`,
    ],
    themes: { gemeinschaft: 4, gastronomie: 2, einkaufen: 1.5, erinnerung: 1.5, kultur: 1 },
    streets: [['Münsterstraße', '44145'], ['Mallinckrodtstraße', '44147'], ['Schleswiger Straße', '44145'], ['Bornstraße', '44145']],
  },
  'stadtbezirk-innenstadt-ost-wikipedia-koordinate': {
    aliases: [
      { n: 'Kaiserviertel', g: 'n', p: 'in', keys: ['kaiserstraße'] },
      { n: 'Kaiserstraße', g: 'f', p: 'auf', keys: ['kaiserviertel'] },
    ],
    names: ['Kaiserviertel', 'Kaiserstraße', 'Innenstadt-Ost', 'Kaiserstraßenviertel', 'Ostfriedhof und Kaiserviertel'],
    facts: [
      () => `Im Kaiserviertel mit seinen Altbauten und kleinen Läden fühle ich mich sofort wohl.`,
      () => `Der Ostfriedhof um die Ecke ist ein stiller, alter Park mitten in der Stadt.`,
    ],
    themes: { gemeinschaft: 2.5, gastronomie: 2, einkaufen: 1.5, ruhe: 1.2, geschichte: 1, erinnerung: 1.5 },
    streets: [['Kaiserstraße', '44135'], ['Lübkestraße', '44135'], ['Märkische Straße', '44141'], ['Saarlandstraße', '44139']],
  },
  'stadtbezirk-aplerbeck-wikipedia-koordinate': {
    aliases: [{ n: 'Aplerbeck', g: 'x' }],
    names: ['Aplerbeck', 'Dortmund-Aplerbeck', 'Aplerbecker Marktplatz', 'Aplerbeck Ortsmitte'],
    facts: [
      () => `Der Marktplatz in Aplerbeck hat noch richtigen Dorfcharme.`,
      () => `Entlang der Emscher kann man von Aplerbeck aus stundenlang radeln.`,
    ],
    themes: { gemeinschaft: 3, natur: 2, erinnerung: 2, einkaufen: 1, ruhe: 1.2 },
    streets: [['Köln-Berliner Straße', '44287'], ['Aplerbecker Marktplatz', '44287'], ['Schweizer Allee', '44287'], ['Ruinenstraße', '44287']],
  },
  'stadtbezirk-hoerde-wikipedia-koordinate': {
    aliases: [{ n: 'Hörde', g: 'x' }],
    names: ['Hörde', 'Dortmund-Hörde', 'Hörder Zentrum', 'Alt-Hörde'],
    facts: [
      () => `Hörde hat sich so verändert, vom Stahlstandort zum Seeviertel, aber das Herz ist geblieben.`,
      () => `Auf dem Hörder Wochenmarkt bekommt man das beste Obst und den neuesten Klatsch.`,
    ],
    themes: { gemeinschaft: 3, erinnerung: 2.5, industriekultur: 1.5, einkaufen: 1, wasser: 0.8 },
    streets: [['Hermannstraße', '44263'], ['Alfred-Trappen-Straße', '44263'], ['Benninghofer Straße', '44267'], ['Wellinghofer Straße', '44263']],
  },
  'stadtbezirk-hombruch-wikipedia-koordinate': {
    aliases: [{ n: 'Hombruch', g: 'x' }],
    names: ['Hombruch', 'Dortmund-Hombruch', 'Harkortstraße Hombruch', 'Hombruch Zentrum'],
    facts: [
      () => `Die Harkortstraße mit ihren Geschäften ist das Herz von Hombruch.`,
      (c) => `${c.Lc} hat man die Stadt vor der Tür und den Wald gleich dahinter.`,
    ],
    themes: { gemeinschaft: 3, einkaufen: 1.5, natur: 1.5, erinnerung: 2, ruhe: 1 },
    streets: [['Harkortstraße', '44225'], ['Hombrucher Straße', '44225'], ['Stockumer Straße', '44225']],
  },
  'stadtbezirk-luetgendortmund-wikipedia-koordinate': {
    aliases: [
      { n: 'Lütgendortmund', g: 'x', keys: ['luetgendortmund'] },
      { n: 'Lütgen', g: 'x', keys: ['lütgendortmund'] },
    ],
    names: ['Lütgendortmund', 'Dortmund-Lütgendortmund', 'Lütgendortmund Ortskern', 'Lütgen'],
    facts: [
      () => `Lütgendortmund ist ein Dorf mitten in der Großstadt, jeder kennt jeden.`,
      () => `Der Volksgarten ist im Sommer der Treffpunkt für alle Generationen.`,
    ],
    themes: { gemeinschaft: 3.5, erinnerung: 2, natur: 1.2, einkaufen: 0.8, ruhe: 1 },
    streets: [['Limbecker Straße', '44388'], ['Werner Straße', '44388'], ['Lütgendortmunder Hellweg', '44388']],
  },
  'stadtbezirk-scharnhorst-wikipedia-koordinate': {
    aliases: [{ n: 'Scharnhorst', g: 'x' }],
    names: ['Scharnhorst', 'Dortmund-Scharnhorst', 'Alt-Scharnhorst', 'Stadtbezirk Scharnhorst'],
    facts: [
      () => `In Scharnhorst gibt es mehr Felder und Wäldchen, als die meisten Dortmunder ahnen.`,
      (c) => `${c.Lc} bin ich groß geworden, und hierher komme ich immer wieder zurück.`,
    ],
    themes: { gemeinschaft: 3, natur: 1.5, erinnerung: 2, ruhe: 1.2 },
    streets: [['Gleiwitzstraße', '44328'], ['Flughafenstraße', '44328'], ['Buschei', '44328']],
  },
  'stadtbezirk-brackel-wikipedia-koordinate': {
    aliases: [
      { n: 'Brackel', g: 'x' },
      { n: 'Wambel', g: 'x', keys: ['brackel'] },
    ],
    names: ['Brackel', 'Stadtbezirk Brackel', 'Wambel', 'Asseln', 'Brackel und Wambel'],
    facts: [
      () => `Zwischen Brackel, Wambel und Asseln gibt es viele kleine Ecken, die man erst nach Jahren entdeckt.`,
      () => `Auf dem Hellweg ist man schnell in der Stadt und genauso schnell wieder im Grünen.`,
    ],
    themes: { gemeinschaft: 3, natur: 1.5, erinnerung: 2, ruhe: 1.2, einkaufen: 0.8 },
    streets: [['Brackeler Hellweg', '44309'], ['Asselner Hellweg', '44319'], ['Wambeler Hellweg', '44143']],
  },
  'stadtbezirk-huckarde-wikipedia-koordinate': {
    aliases: [{ n: 'Huckarde', g: 'x' }],
    names: ['Huckarde', 'Dortmund-Huckarde', 'Huckarde Ortskern', 'Halde Deusenberg'],
    facts: [
      () => `Von der Halde Deusenberg in Huckarde hat man einen weiten Blick über den Dortmunder Westen.`,
      (c) => `${c.Lc} ist alles ein bisschen ruhiger, aber die Leute sind offen und herzlich.`,
    ],
    themes: { gemeinschaft: 3, aussicht: 1.2, industriekultur: 1.2, natur: 1.2, erinnerung: 2 },
    streets: [['Parsevalstraße', '44369'], ['Rahmer Straße', '44369'], ['Urbanusstraße', '44369']],
  },
  reinoldikirche: {
    aliases: [
      { n: 'Reinoldikirche', g: 'f', p: 'in' },
      { n: 'St. Reinoldi', g: 'x', Z: 'zu St. Reinoldi', poss: 'unser St. Reinoldi', keys: ['reinoldikirche'] },
    ],
    names: ['Reinoldikirche', 'St. Reinoldi', 'Sankt Reinoldi', 'Reinoldikirche Dortmund', 'Reinoldi'],
    facts: [
      () => `Die Kirche ist nach dem Stadtpatron Reinoldus benannt, der mitten in der City über uns wacht.`,
      () => `Wenn die Glocken läuten, bleibe ich auf dem Hellweg oft kurz stehen und höre zu.`,
      (c) => `${c.Lc} finde ich mitten im Trubel einen Moment Stille.`,
    ],
    themes: { geschichte: 3, ruhe: 2.5, kultur: 2, gemeinschaft: 0.8, erinnerung: 1 },
    streets: [['Ostenhellweg', '44135'], ['Kleppingstraße', '44135'], ['Reinoldistraße', '44135']],
  },
  marienkirche: {
    aliases: [
      { n: 'Marienkirche', g: 'f', p: 'in' },
      { n: 'St. Marien', g: 'x', Z: 'zu St. Marien', poss: 'unser St. Marien', keys: ['marienkirche'] },
    ],
    names: ['Marienkirche', 'St. Marien', 'Sankt Marien', 'Marienkirche Dortmund'],
    facts: [
      () => `Die Marienkirche ist eine der ältesten Kirchen der Stadt, und das spürt man in jedem Stein.`,
      () => `Der Marienaltar ist ein Schatz, vor dem ich jedes Mal lange stehen bleibe.`,
    ],
    themes: { geschichte: 3, ruhe: 2.5, kultur: 2, erinnerung: 1 },
    streets: [['Kleppingstraße', '44135'], ['Ostenhellweg', '44135']],
  },
  petrikirche: {
    aliases: [
      { n: 'Petrikirche', g: 'f', p: 'in' },
      { n: 'St. Petri', g: 'x', Z: 'zu St. Petri', poss: 'unser St. Petri', keys: ['petrikirche'] },
    ],
    names: ['Petrikirche', 'St. Petri', 'Sankt Petri', 'Petrikirche am Westenhellweg'],
    facts: [
      () => `Das Goldene Wunder, der große Schnitzaltar, verschlägt mir jedes Mal die Sprache.`,
      (c) => `${c.Lc} ist es kühl und still, während draußen auf dem Westenhellweg alle hetzen.`,
    ],
    themes: { geschichte: 3, ruhe: 2.5, kultur: 2.5, erinnerung: 1 },
    streets: [['Westenhellweg', '44137'], ['Petrikirchhof', '44137']],
  },
  'alter-markt': {
    aliases: [
      { n: 'Alter Markt', g: 'm', N: 'der Alte Markt', A: 'den Alten Markt', L: 'am Alten Markt', Z: 'zum Alten Markt', poss: 'unser Alter Markt', keys: ['alten markt', 'alte markt', 'alter markt'] },
    ],
    names: ['Alter Markt', 'Alter Markt Dortmund', 'der Alte Markt', 'Am Alten Markt'],
    facts: [
      () => `Am Alten Markt trifft man sich auf ein Bier – so machen das die Dortmunder seit Generationen.`,
      () => `Im Sommer sitzen hier alle draußen, und der Platz wird zum Wohnzimmer der Stadt.`,
      () => `Hier war das Zentrum der alten Hansestadt, und man spürt das bis heute.`,
    ],
    themes: { gastronomie: 3.5, gemeinschaft: 2, geschichte: 1.5, erinnerung: 1.2, einkaufen: 0.8 },
    streets: [['Alter Markt', '44137'], ['Betenstraße', '44137'], ['Markt', '44137']],
  },
  'friedensplatz-rathaus': {
    aliases: [
      { n: 'Friedensplatz', g: 'm', p: 'auf' },
      { n: 'Rathaus', g: 'n', p: 'an', keys: ['friedensplatz'] },
    ],
    names: ['Friedensplatz', 'Friedensplatz (Rathaus)', 'Rathaus Dortmund', 'Friedensplatz am Rathaus'],
    facts: [
      () => `Auf dem Friedensplatz finden die großen Feste der Stadt statt.`,
      () => `Vor dem Rathaus wird gefeiert, demonstriert und diskutiert – Demokratie zum Anfassen.`,
      (c) => `${c.Lc} habe ich schon Public Viewing, Stadtfeste und eine Hochzeit erlebt.`,
    ],
    themes: { gemeinschaft: 3, geschichte: 1.5, kultur: 1.5, erinnerung: 1.5, gastronomie: 0.8 },
    streets: [['Friedensplatz', '44135'], ['Südwall', '44137'], ['Hansastraße', '44137']],
  },
  'brueckstrasse-konzerthaus-dortmund': {
    aliases: [
      { n: 'Brückstraße', g: 'f', p: 'in', keys: ['brückstraßenviertel', 'brueckstrasse'] },
      { n: 'Konzerthaus', g: 'n', p: 'in', keys: ['brückstraße'] },
      { n: 'Brückstraßenviertel', g: 'n', p: 'in', keys: ['brückstraße'] },
    ],
    names: ['Brückstraße', 'Konzerthaus Dortmund', 'Brückstraßenviertel', 'Konzerthaus', 'Brücki'],
    facts: [
      () => `Die Brückstraße war früher verrufen, heute ist sie bunt und lebendig.`,
      () => `Im Konzerthaus erlebe ich Musik, die mich tief berührt – und die Akustik ist ein Traum.`,
      () => `In der Brückstraße gibt es Kino, Konzert, Dönerbude und Plattenladen auf ein paar hundert Metern.`,
    ],
    themes: { kultur: 4, gastronomie: 2, einkaufen: 1.5, gemeinschaft: 1, erinnerung: 1 },
    streets: [['Brückstraße', '44135'], ['Ludwigstraße', '44135'], ['Kuckelke', '44135']],
  },
  stadtgarten: {
    aliases: [{ n: 'Stadtgarten', g: 'm', p: 'in' }],
    names: ['Stadtgarten', 'Stadtgarten Dortmund', 'der Stadtgarten', 'Stadtgarten am Stadthaus'],
    facts: [
      () => `Im Stadtgarten mache ich meine Mittagspause, zwischen Stadthaus und Stadtbahn.`,
      (c) => `${c.Nc} ist klein, aber im Sommer der grünste Fleck der City.`,
    ],
    themes: { natur: 3, ruhe: 2.5, gemeinschaft: 1.2, erinnerung: 1 },
    streets: [['Südwall', '44137'], ['Olpe', '44135'], ['Kleppingstraße', '44135']],
  },
  'stadion-rote-erde': {
    aliases: [
      { n: 'Rote Erde', g: 'f', N: 'die Rote Erde', A: 'die Rote Erde', L: 'in der Roten Erde', Z: 'zur Roten Erde', poss: 'unsere Rote Erde', keys: ['roten erde', 'rote erde'] },
      { n: 'Stadion Rote Erde', g: 'n', p: 'in', keys: ['rote erde'] },
    ],
    names: ['Stadion Rote Erde', 'Rote Erde', 'die Rote Erde', 'Kampfbahn Rote Erde'],
    facts: [
      () => `Hier hat der BVB früher seine Heimspiele gespielt, bevor das große Stadion nebenan gebaut wurde.`,
      (c) => `Bei Leichtathletik-Wettkämpfen ${c.L} bin ich als Kind selbst gelaufen.`,
    ],
    themes: { sport: 4, erinnerung: 2.5, geschichte: 1.5, gemeinschaft: 1 },
    streets: [['Strobelallee', '44139'], ['Ardeystraße', '44139']],
  },
  'westfalenpark-parkmitte': {
    aliases: [
      { n: 'Westfalenpark', g: 'm', p: 'in' },
      { n: 'Westfalenpark', g: 'm', p: 'in' },
    ],
    names: ['Westfalenpark', 'der Westfalenpark', 'Westfalenpark Dortmund', 'Westfalenpark (Parkmitte)', 'Westfalenpark Rosarium', 'Westfalen Park'],
    facts: [
      () => `Im Rosarium blühen im Sommer unzählige Rosen, der Duft ist unbeschreiblich.`,
      () => `Der Park ist so groß, dass man immer ein ruhiges Plätzchen findet, selbst an vollen Sonntagen.`,
      (c) => `Beim Juicy Beats ${c.L} habe ich ${pick(c.r, ['meine Clique kennengelernt', 'zum ersten Mal allein gefeiert', 'die Nacht durchgetanzt'])}.`,
      () => `Unter dem Florianturm ein Picknick zu machen, gehört für mich zum Sommer dazu.`,
    ],
    themes: { natur: 4, ruhe: 2, gemeinschaft: 1.5, erinnerung: 1.5, gastronomie: 1, aussicht: 0.8, kultur: 0.8 },
    streets: [['An der Buschmühle', '44139'], ['Florianstraße', '44139'], ['Ruhrallee', '44139']],
  },
  borsigplatz: {
    aliases: [
      { n: 'Borsigplatz', g: 'm', p: 'an' },
      { n: 'Borsigplatz', g: 'm', p: 'auf' },
    ],
    names: ['Borsigplatz', 'der Borsigplatz', 'Borsigplatz Nordstadt', 'Borsi'],
    facts: [
      () => `Am Borsigplatz wurde 1909 der BVB gegründet – hier hat alles angefangen.`,
      () => `Nach jedem Titel fährt der Autokorso um den Borsigplatz, und die ganze Nordstadt feiert.`,
      (c) => `${c.Nc} ist das Herz der Nordstadt und das Herz von Borussia.`,
    ],
    themes: { sport: 3.5, gemeinschaft: 3, geschichte: 1.5, erinnerung: 1.5, gastronomie: 0.6 },
    streets: [['Borsigplatz', '44145'], ['Oesterholzstraße', '44145'], ['Borsigstraße', '44145']],
  },
  nordmarkt: {
    aliases: [
      { n: 'Nordmarkt', g: 'm', p: 'auf' },
      { n: 'Nordmarkt', g: 'm', p: 'an' },
    ],
    names: ['Nordmarkt', 'der Nordmarkt', 'Nordmarkt Dortmund', 'Wochenmarkt Nordmarkt'],
    facts: [
      () => `Auf dem Nordmarkt gibt es einen der buntesten Wochenmärkte der Stadt.`,
      () => `Hier spielen Kinder aus aller Welt zusammen auf dem Spielplatz, und die Eltern kommen ins Gespräch.`,
    ],
    themes: { gemeinschaft: 4, einkaufen: 2.5, gastronomie: 1.5, erinnerung: 1.2 },
    streets: [['Nordmarkt', '44145'], ['Mallinckrodtstraße', '44145'], ['Schleswiger Straße', '44145']],
  },
  'dortmunder-hafen-hafenamt-speicherstrasse': {
    aliases: [
      { n: 'Hafen', g: 'm', p: 'an', keys: ['speicherstraße', 'hafenamt'] },
      { n: 'Dortmunder Hafen', g: 'm', p: 'an', keys: ['hafen'] },
      { n: 'Speicherstraße', g: 'f', p: 'in', keys: ['hafen'] },
    ],
    names: ['Dortmunder Hafen', 'Hafen', 'Speicherstraße', 'Altes Hafenamt', 'Hafen Dortmund'],
    facts: [
      () => `Der Dortmunder Hafen ist einer der größten Kanalhäfen Europas, und trotzdem kennen ihn viele gar nicht.`,
      () => `An der Speicherstraße entstehen aus alten Lagerhallen neue Orte zum Arbeiten und Feiern.`,
      () => `Das Alte Hafenamt sieht aus wie ein kleines Schloss am Wasser.`,
    ],
    themes: { wasser: 3, industriekultur: 2.5, gastronomie: 1.2, kultur: 1, aussicht: 0.8, erinnerung: 1 },
    streets: [['Speicherstraße', '44147'], ['Sunderweg', '44147'], ['Hafenpromenade', '44147']],
  },
  'kokerei-hansa': {
    aliases: [
      { n: 'Kokerei Hansa', g: 'f', p: 'auf' },
      { n: 'Hansa', g: 'f', p: 'auf', keys: ['kokerei hansa'] },
    ],
    names: ['Kokerei Hansa', 'Kokerei Hansa Huckarde', 'Hansa', 'Industriedenkmal Kokerei Hansa'],
    facts: [
      () => `Die Kokerei ist so riesig, dass man sich zwischen Rohren und Türmen verlieren kann.`,
      () => `Zwischen den rostigen Leitungen wachsen Birken – die Natur holt sich alles zurück.`,
      (c) => `Bei der Führung ${c.L} bin ich bis ganz nach oben auf den Kohlenturm gestiegen.`,
    ],
    themes: { industriekultur: 5, geschichte: 2, natur: 1.2, kultur: 1, aussicht: 0.8 },
    streets: [['Emscherallee', '44369'], ['Parsevalstraße', '44369']],
  },
  'tu-dortmund-campus-nord': {
    aliases: [
      { n: 'TU', g: 'f', p: 'an', keys: ['campus', 'uni'] },
      { n: 'Campus Nord', g: 'm', p: 'auf', keys: ['tu', 'uni', 'campus'] },
      { n: 'Uni', g: 'f', p: 'an', keys: ['tu', 'campus'] },
    ],
    names: ['TU Dortmund', 'Campus Nord', 'TU Dortmund (Campus Nord)', 'Uni Dortmund', 'Mensa Campus Nord'],
    facts: [
      () => `Auf dem Campus habe ich die besten Jahre meines Lebens verbracht.`,
      () => `Die H-Bahn über dem Campus gehört für mich einfach zu Dortmund.`,
      () => `In der Mensa haben wir stundenlang über die Welt diskutiert.`,
    ],
    themes: { erinnerung: 3.5, gemeinschaft: 2.5, natur: 0.8, gastronomie: 0.8, kultur: 0.8 },
    streets: [['Emil-Figge-Straße', '44227'], ['Otto-Hahn-Straße', '44227'], ['Vogelpothsweg', '44227'], ['Baroper Straße', '44227']],
  },
  'zoo-dortmund': {
    aliases: [
      { n: 'Zoo', g: 'm', p: 'in' },
      { n: 'Dortmunder Zoo', g: 'm', p: 'in', keys: ['zoo'] },
    ],
    names: ['Zoo Dortmund', 'Zoo', 'der Zoo', 'Dortmunder Zoo', 'Tierpark'],
    facts: [
      () => `Die Ameisenbären habe ich schon als Kind geliebt, heute zeige ich sie meinen Enkeln.`,
      (c) => `${c.Nc} liegt so schön im Grünen, gleich neben dem Rombergpark.`,
      (c) => `${c.Lc} gibt es für die Kinder jedes Mal etwas Neues zu entdecken.`,
    ],
    themes: { natur: 3.5, erinnerung: 2.5, gemeinschaft: 1, ruhe: 0.8 },
    streets: [['Mergelteichstraße', '44225'], ['Am Rombergpark', '44225']],
  },
  'hoerder-burg': {
    aliases: [{ n: 'Hörder Burg', g: 'f', p: 'an', keys: ['hoerder burg'] }],
    names: ['Hörder Burg', 'die Hörder Burg', 'Burg Hörde', 'Hörder Burg am Phoenixsee'],
    facts: [
      () => `Die Burg steht direkt am Phoenixsee und verbindet Alt und Neu.`,
      (c) => `${c.Lc} spürt man, dass Hörde viel älter ist als die Stahlwerke.`,
    ],
    themes: { geschichte: 3, wasser: 2, aussicht: 1, gastronomie: 1, ruhe: 1 },
    streets: [['Hörder Burgstraße', '44263'], ['Hörder Bahnhofstraße', '44263'], ['Faßstraße', '44263']],
  },
  'schloss-haus-bodelschwingh': {
    aliases: [
      { n: 'Schloss Bodelschwingh', g: 'n', p: 'an' },
      { n: 'Haus Bodelschwingh', g: 'n', p: 'an', keys: ['schloss bodelschwingh'] },
      { n: 'Wasserschloss', g: 'n', p: 'an', keys: ['bodelschwingh'] },
    ],
    names: ['Schloss Bodelschwingh', 'Haus Bodelschwingh', 'Wasserschloss Bodelschwingh', 'Schloss Bodelschwingh Mengede'],
    facts: [
      () => `Das Wasserschloss mit seiner Gräfte ist ein verwunschener Ort.`,
      (c) => `Im Park ${c.L} ist es so still, dass man die Enten hört.`,
    ],
    themes: { geschichte: 3, ruhe: 2.5, natur: 2, wasser: 1.5 },
    streets: [['Bodelschwingher Straße', '44357'], ['Schloßstraße', '44357']],
  },
  'lanstroper-ei-wasserturm': {
    aliases: [
      { n: 'Lanstroper Ei', g: 'n', p: 'an', keys: ['lanstrop'] },
      { n: 'Wasserturm', g: 'm', p: 'an', keys: ['lanstrop'] },
    ],
    names: ['Lanstroper Ei', 'das Lanstroper Ei', 'Wasserturm Lanstrop', 'Lanstroper Ei (Wasserturm)'],
    facts: [
      () => `Das Ei steht wie ein Raumschiff zwischen den Feldern.`,
      () => `Der alte Wasserturm ist ein Wahrzeichen für den ganzen Dortmunder Nordosten.`,
    ],
    themes: { natur: 2.5, ruhe: 2.5, aussicht: 1, industriekultur: 1.2, geschichte: 1.2 },
    streets: [['Rote Fuhr', '44329'], ['Lanstroper Straße', '44329']],
  },
};

/** Popularity order (most entries first); places not listed follow in input order. */
export const POPULARITY_ORDER: readonly string[] = [
  'phoenix-see',
  'westfalenpark-parkmitte',
  'signal-iduna-park-westfalenstadion',
  'botanischer-garten-rombergpark',
  'dortmunder-u',
  'hohensyburg-burgruine',
  'florianturm-westfalenpark',
  'borsigplatz',
  'fredenbaumpark',
  'zoo-dortmund',
  'zeche-zollern-lwl-industriemuseum',
  'alter-markt',
  'dortmunder-hafen-hafenamt-speicherstrasse',
  'kokerei-hansa',
  'stadtbezirk-innenstadt-nord-wikipedia-koordinate',
  'reinoldikirche',
  'dortmund-hauptbahnhof',
  'hoerder-burg',
  'nordmarkt',
  'schloss-haus-bodelschwingh',
  'tu-dortmund-campus-nord',
  'stadtbezirk-hoerde-wikipedia-koordinate',
  'westfalenhallen',
  'deutsches-fussballmuseum',
  'brueckstrasse-konzerthaus-dortmund',
  'stadtgarten',
  'friedensplatz-rathaus',
  'stadion-rote-erde',
  'zeche-minister-stein-hammerkopfturm',
  'lanstroper-ei-wasserturm',
  'stadtbezirk-aplerbeck-wikipedia-koordinate',
  'stadtbezirk-hombruch-wikipedia-koordinate',
  'marienkirche',
  'petrikirche',
  'city-stadtteil-stat-bezirk-00',
  'stadtmitte-offizielle-koordinate-der-stadt-dortmund',
  'stadtbezirk-innenstadt-ost-wikipedia-koordinate',
  'stadtbezirk-luetgendortmund-wikipedia-koordinate',
  'stadtbezirk-brackel-wikipedia-koordinate',
  'brackel-stadtteil-stat-bezirk-32',
  'stadtbezirk-huckarde-wikipedia-koordinate',
  'eving-stadtteil-stat-bezirk-12',
  'stadtbezirk-scharnhorst-wikipedia-koordinate',
  'scharnhorst-ost-stadtteil-stat-bezirk-27',
  'flughafen-dortmund-terminal-area',
  'bahnhof-dortmund-hoerde',
  'bahnhof-dortmund-dorstfeld',
];

/** Theme affinities by place kind (from dortmund-places.json); a place's own list overrides. */
export const KIND_THEMES: Record<string, Partial<Record<ThemeKey, number>>> = {
  park: { natur: 4, ruhe: 2, erinnerung: 1.2, gemeinschaft: 1, gastronomie: 0.4 },
  water: { wasser: 4, natur: 1.5, ruhe: 1.5, aussicht: 1, gastronomie: 1 },
  sport: { sport: 4, gemeinschaft: 2, erinnerung: 1.5, gastronomie: 0.4 },
  culture: { kultur: 3, geschichte: 1.5, erinnerung: 1, aussicht: 0.4 },
  landmark: { aussicht: 2, geschichte: 2, natur: 1, erinnerung: 1 },
  'industrial heritage': { industriekultur: 4, geschichte: 2, kultur: 1, erinnerung: 1 },
  transport: { erinnerung: 2.5, gemeinschaft: 1, gastronomie: 0.8, einkaufen: 0.5 },
  square: { gemeinschaft: 2, gastronomie: 2, einkaufen: 1.5, geschichte: 1 },
  street: { kultur: 2, gastronomie: 2, einkaufen: 2, gemeinschaft: 1 },
  neighbourhood: { gemeinschaft: 3, erinnerung: 2, einkaufen: 1, gastronomie: 1, natur: 1, ruhe: 1 },
  'district reference point': { gemeinschaft: 3, erinnerung: 2, einkaufen: 1, gastronomie: 1, natur: 1, ruhe: 1 },
  'reference point': { einkaufen: 2, gastronomie: 2, kultur: 1, geschichte: 1, gemeinschaft: 1 },
  education: { erinnerung: 3, gemeinschaft: 2, natur: 0.5, gastronomie: 0.5 },
};
/** Added to every place (memories and community fit anywhere); a place's own list replaces its kind's. */
export const DEFAULT_THEMES: Partial<Record<ThemeKey, number>> = { erinnerung: 1.2, gemeinschaft: 0.8, ruhe: 0.4 };

/** Pin scatter (standard deviation per axis, metres) by kind. */
export const KIND_SIGMA_M: Record<string, number> = {
  park: 140,
  water: 150,
  landmark: 80,
  'industrial heritage': 110,
  culture: 60,
  sport: 90,
  transport: 70,
  square: 55,
  street: 80,
  education: 160,
  neighbourhood: 380,
  'district reference point': 420,
  'reference point': 140,
};

/** Streets by district id, for places without their own list: [street, postcode]. */
export const DISTRICT_STREETS: Record<string, Array<[string, string]>> = {
  'innenstadt-west': [['Hohe Straße', '44139'], ['Kreuzstraße', '44139'], ['Lindemannstraße', '44137'], ['Möllerstraße', '44137'], ['Kampstraße', '44137'], ['Rheinische Straße', '44137'], ['Sonnenstraße', '44139']],
  'innenstadt-nord': [['Münsterstraße', '44145'], ['Mallinckrodtstraße', '44147'], ['Schützenstraße', '44147'], ['Brunnenstraße', '44147'], ['Oestermärsch', '44145']],
  'innenstadt-ost': [['Kaiserstraße', '44135'], ['Ruhrallee', '44139'], ['Märkische Straße', '44141'], ['Saarlandstraße', '44139'], ['Westfalendamm', '44141']],
  eving: [['Evinger Straße', '44339'], ['Deutsche Straße', '44339'], ['Bergstraße', '44339'], ['Preußische Straße', '44339']],
  scharnhorst: [['Gleiwitzstraße', '44328'], ['Droote', '44328'], ['Buschei', '44328'], ['Kirchderner Straße', '44329']],
  brackel: [['Brackeler Hellweg', '44309'], ['Oberdorfstraße', '44309'], ['Wickeder Hellweg', '44319'], ['Asselner Hellweg', '44319']],
  aplerbeck: [['Köln-Berliner Straße', '44287'], ['Schweizer Allee', '44287'], ['Ruinenstraße', '44287'], ['Aplerbecker Straße', '44287']],
  hoerde: [['Hermannstraße', '44263'], ['Benninghofer Straße', '44267'], ['Wellinghofer Straße', '44263'], ['Hörder Bahnhofstraße', '44263']],
  hombruch: [['Harkortstraße', '44225'], ['Stockumer Straße', '44225'], ['Baroper Straße', '44227'], ['Kirchhörder Straße', '44229']],
  luetgendortmund: [['Limbecker Straße', '44388'], ['Provinzialstraße', '44388'], ['Werner Straße', '44388'], ['Bövinghauser Straße', '44388']],
  huckarde: [['Parsevalstraße', '44369'], ['Rahmer Straße', '44369'], ['Urbanusstraße', '44369'], ['Huckarder Straße', '44147']],
  mengede: [['Bodelschwingher Straße', '44357'], ['Siegenstraße', '44359'], ['Mengeder Straße', '44359'], ['Strünkedestraße', '44359']],
};
export const GENERIC_STREETS: Array<[string, string]> = [['Hohe Straße', '44139'], ['Kaiserstraße', '44135'], ['Münsterstraße', '44145'], ['Hermannstraße', '44263']];

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r.float() * items.length)];

export const WHEN = [
  'am frühen Morgen',
  'nach Feierabend',
  'am Sonntagmorgen',
  'in der Mittagspause',
  'am Abend',
  'bei Sonnenuntergang',
  'im Frühling',
  'im Herbst',
  'im Sommer',
  'im Winter',
  'bei Nieselregen',
  'am Wochenende',
  'jeden Samstag',
  'nach der Schicht',
  'nach der Arbeit',
  'in den Ferien',
  'an freien Tagen',
  'frühmorgens vor der Arbeit',
  'an lauen Sommerabenden',
  'an grauen Novembertagen',
  'sonntags nach dem Frühstück',
  'wenn die Sonne scheint',
  'bei jedem Wetter',
  'in den Osterferien',
];
export const COMPANION = [
  'mit meiner Oma',
  'mit meinem Opa',
  'mit meinen Großeltern',
  'mit meinen Kindern',
  'mit meiner Tochter',
  'mit meinem Sohn',
  'mit meinen Enkeln',
  'mit unserem Hund',
  'mit meiner Frau',
  'mit meinem Mann',
  'mit meiner Freundin',
  'mit meinem Freund',
  'mit meiner besten Freundin',
  'mit den Kollegen',
  'mit den Nachbarn',
  'mit meiner Schwester',
  'mit meinem Bruder',
  'mit meinem Vater',
  'mit meiner Mutter',
  'mit der ganzen Familie',
  'mit alten Schulfreunden',
  'mit meiner Laufgruppe',
  'mit meinem Patenkind',
  'mit meiner Partnerin',
  'mit meinem Partner',
  'mit der Clique von früher',
];
export const FEELING = ['Heimat', 'Ruhe', 'Freiheit', 'Geborgenheit', 'Fernweh', 'Stolz', 'Glück', 'Gelassenheit', 'Dankbarkeit', 'Zuversicht', 'Zuhause', 'Lebensfreude'];
export const FEEL_ADJ = ['zu Hause', 'angekommen', 'frei', 'ganz bei mir', 'lebendig', 'glücklich', 'entspannt', 'willkommen', 'geborgen', 'wie im Urlaub'];
export const FOOD_ACC = ['eine Currywurst', 'Pommes rot-weiß', 'ein Eis', 'ein kühles Pils', 'einen Kaffee', 'einen Döner', 'ein belegtes Brötchen', 'eine Frikadelle', 'ein Stück Kuchen', 'eine Bratwurst', 'einen Cappuccino', 'eine Limo', 'eine Waffel', 'ein Radler', 'einen Tee', 'eine Pizza', 'ein Fischbrötchen', 'eine Brezel'];
export const FOOD_NOM = ['die Currywurst', 'das Pils', 'der Kaffee', 'die Pommes', 'der Döner', 'das Eis', 'der Kuchen', 'die Frikadelle', 'das Radler', 'die Waffel'];
export const DRINK_ACC = ['ein Pils', 'ein Radler', 'einen Kaffee', 'eine Apfelschorle', 'ein Glas Wein', 'einen Tee', 'eine Cola', 'ein Alster'];
export const WEEKDAY = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
export const SEASON = ['im Frühling', 'im Sommer', 'im Herbst', 'im Winter', 'im Mai', 'im Oktober', 'nach einem Regenschauer', 'im ersten Schnee'];
export const MALE_RELATIVE = ['Opa', 'Vater', 'Urgroßvater', 'Onkel', 'Schwiegervater', 'Großvater', 'Papa'];
export const FEMALE_RELATIVE = ['Oma', 'Mutter', 'Tante', 'Uroma', 'Schwiegermutter', 'Großmutter', 'Mama'];
export const CLOSE_PEOPLE = ['meine Oma', 'meine Mutter', 'meine Eltern', 'meine Großeltern', 'meinen Opa', 'meinen Vater', 'meine Tante', 'meinen besten Freund'];
export const MEISTER_YEARS = [1956, 1957, 1963, 1995, 1996, 2002, 2011, 2012];
export const POKAL_YEARS = [1965, 1989, 2012, 2017, 2021];

interface Partner {
  dat: string;
  acc: string;
  pron: string;
}
export const PARTNERS: Partner[] = [
  { dat: 'meiner Frau', acc: 'meine Frau', pron: 'sie' },
  { dat: 'meinem Mann', acc: 'meinen Mann', pron: 'er' },
  { dat: 'meiner Freundin', acc: 'meine Freundin', pron: 'sie' },
  { dat: 'meinem Freund', acc: 'meinen Freund', pron: 'er' },
  { dat: 'meiner Partnerin', acc: 'meine Partnerin', pron: 'sie' },
  { dat: 'meinem Partner', acc: 'meinen Partner', pron: 'er' },
];

const yr = (r: Random, min = 1962, max = 2025): number => r.int(min, max);
const when = (r: Random): string => pick(r, WHEN);
const whenC = (r: Random): string => cap(pick(r, WHEN));
const comp = (r: Random): string => pick(r, COMPANION);

// ---------------------------------------------------------------------------------------------
// Sentences. S = what makes the place special, T = how I spend time there, A = an anecdote.

export interface ThemeTemplates {
  S: Template[];
  T: Template[];
  A: Template[];
}

export const OPENERS: Template[] = [
  (c) => `${c.Nc} ist für mich ein echter Herzensort.`,
  (c) => `Mein Herzensort ist ganz klar ${c.N}.`,
  (c) => `Wenn ich an Dortmund denke, denke ich zuerst an ${c.A}.`,
  (c) => `${c.Lc} fühle ich mich ${pick(c.r, FEEL_ADJ)}.`,
  (c) => `Ich liebe ${c.A}, und das ${pick(c.r, ['seit meiner Kindheit', 'schon immer', 'seit dem ersten Besuch', 'jeden Tag ein bisschen mehr', 'von ganzem Herzen'])}.`,
  (c) => `Seit ${c.r.int(2, 55)} Jahren zieht es mich immer wieder ${c.Z}.`,
  (c) => `Es gibt für mich keinen schöneren Ort in Dortmund als ${c.A}.`,
  (c) => `${c.Nc} – das ist für mich ${pick(c.r, FEELING)}.`,
  (c) => `Kaum ein Ort in Dortmund bedeutet mir so viel wie ${c.N}.`,
  (c) => `Ich wohne ${pick(c.r, ['gleich um die Ecke', 'nur ein paar Minuten entfernt', 'seit Jahren in der Nähe', 'nicht weit weg', 'zwei Straßen weiter'])} und bin fast jeden Tag ${c.L}.`,
  (c) => `Schon als Kind war ich oft ${c.L}, und bis heute hat der Ort nichts von seinem Zauber verloren.`,
  (c) => `Wer mich sucht, findet mich ${pick(c.r, ['meistens', 'oft', 'am Wochenende', 'bei gutem Wetter', 'sonntags'])} ${c.L}.`,
  (c) => `Mein Lieblingsort in Dortmund ist und bleibt ${c.N}.`,
  (c) => `Für mich gehört ${c.N} zu Dortmund wie ${pick(c.r, ['der BVB', 'die Currywurst', 'das Pils', 'der Florianturm', 'die Bude an der Ecke'])}.`,
  (c) => `Ich bin ${c.r.int(1949, 2008)} geboren und kenne ${c.A}, seit ich denken kann.`,
  (c) => `Als ich vor ${c.r.int(2, 40)} Jahren nach Dortmund gezogen bin, habe ich mich zuerst ${c.L} verliebt.`,
  (c) => `Wenn jemand fragt, was Dortmund ausmacht, schicke ich ihn ${c.Z}.`,
  (c) => `${c.Nc} ist vielleicht nicht spektakulär, aber für mich ${pick(c.r, ['der wichtigste Ort der Welt', 'ein Stück Zuhause', 'unersetzlich', 'einfach perfekt'])}.`,
  (c) => `Ich möchte euch heute ${c.A} vorstellen, ${pick(c.r, ['meinen Herzensort', 'meinen Lieblingsort', 'meinen Ort zum Auftanken', 'ein Stück meiner Heimat'])}.`,
  (c) => `Herzensort? Da muss ich nicht lange überlegen: ${c.N}.`,
  (c) => `${c.Nc}, ${pick(c.r, ['mein Ruhepol', 'mein zweites Wohnzimmer', 'mein Kraftort', 'mein Sehnsuchtsort', 'mein Stück Heimat'])}.`,
];

export const CLOSERS: Template[] = [
  () => `Glück auf!`,
  () => `Danke, Dortmund!`,
  () => `Einfach mein Herzensort.`,
  () => `Hier bin ich zu Hause.`,
  () => `Für mich der schönste Ort der Stadt.`,
  () => `Ich komme immer wieder.`,
  () => `Das ist Heimat.`,
  () => `Dortmund, ich liebe dich!`,
  () => `Hoffentlich bleibt das noch lange so.`,
  () => `Wer es nicht kennt, sollte unbedingt mal hin.`,
  () => `Ich kann es nur jedem empfehlen.`,
  () => `Dat is Heimat.`,
  () => `Woanders is auch schön, aber nicht so.`,
  () => `Mehr muss man dazu nicht sagen.`,
  () => `Ich möchte nirgendwo anders wohnen.`,
  () => `Das wird immer mein Ort bleiben.`,
  (c) => `Danke an alle, die ${c.A} so schön halten.`,
  () => `Wat willze mehr?`,
  () => `Echte Liebe eben.`,
];

export const ANECDOTE_PREFIX = ['Eine kleine Anekdote: ', 'Meine schönste Erinnerung: ', 'Kleine Geschichte am Rande: ', 'Was ich nie vergesse: ', 'Übrigens: ', 'Ein Erlebnis: '];

const partner = (r: Random): Partner => pick(r, PARTNERS);

export const THEMES: Record<ThemeKey, ThemeTemplates> = {
  natur: {
    S: [
      (c) => `${c.Lc} ist es so grün, dass man vergisst, mitten in einer Großstadt zu sein.`,
      (c) => `Die alten Bäume ${c.L} sind für mich etwas ganz Besonderes, vor allem ${pick(c.r, SEASON)}.`,
      () => `Im Frühling blüht hier alles gleichzeitig, das ist jedes Jahr wieder ein kleines Wunder.`,
      (c) => `Man hört ${c.L} mehr Vögel als Autos.`,
      (c) => `Hier kann man richtig durchatmen, die Luft ist ${pick(c.r, ['frisch und klar', 'ganz anders als an der Hauptstraße', 'voller Blütenduft', 'nach Regen am besten'])}.`,
      (c) => `${c.Nc} ist eine grüne Oase zwischen Beton und Verkehr.`,
      (c) => `Es gibt so viele ${pick(c.r, ['Pflanzen', 'Vogelarten', 'Bäume', 'Blumen', 'Schmetterlinge', 'Insekten'])} zu entdecken, dass mir nie langweilig wird.`,
      () => `Ich mag, dass die Natur hier ein bisschen wild sein darf.`,
      (c) => `Wenn im Mai alles blüht, duftet es ${c.L} herrlich.`,
      () => `Der kleine Schwanenteich ist mein Lieblingsplatz, die Schwäne kennen mich schon.`,
      (c) => `Jede Jahreszeit hat ${c.L} ihre eigenen Farben, ${pick(c.r, ['der Herbst ist mein Favorit', 'am schönsten finde ich den Mai', 'selbst im Winter ist es schön', 'und ich mag sie alle'])}.`,
    ],
    T: [
      (c) => `Ich gehe ${when(c.r)} ${c.L} spazieren, meistens ${comp(c.r)}.`,
      (c) => `${whenC(c.r)} drehe ich hier meine Joggingrunde, ${c.r.int(3, 15)} Kilometer sind es meistens.`,
      () => `Ich setze mich gern auf eine Bank, lese ein Buch und höre den Vögeln zu.`,
      (c) => `Wir machen ${when(c.r)} ein Picknick ${comp(c.r)} auf der Wiese.`,
      (c) => `Ich fotografiere hier ${pick(c.r, ['Vögel', 'Blumen', 'Bäume', 'das Licht', 'die Jahreszeiten', 'Insekten'])}, inzwischen habe ich Hunderte Bilder.`,
      (c) => `Jeden ${pick(c.r, WEEKDAY)} gehe ich ${comp(c.r)} eine große Runde, egal bei welchem Wetter.`,
      (c) => `Mit unserem Hund sind wir ${pick(c.r, ['jeden Morgen', 'jeden Abend', 'zweimal am Tag', 'am Wochenende stundenlang'])} ${c.L} unterwegs.`,
      () => `Im Herbst sammle ich mit den Kindern Kastanien und bunte Blätter.`,
      () => `Barfuß über die Wiese laufen, Schuhe in der Hand – so sieht bei mir ein perfekter Sommertag aus.`,
    ],
    A: [
      () => `Einmal hat uns ein Eichhörnchen fast das Butterbrot aus der Hand geklaut.`,
      (c) => `Im Sommer ${yr(c.r, 1975)} haben wir hier einen Igel mit seinen Jungen beobachtet, meine Kinder reden heute noch davon.`,
      (c) => `Als ich ${yr(c.r, 1970)} nach Dortmund gezogen bin, war das der erste Ort, an dem ich mich wohlgefühlt habe.`,
      (c) => `Nach einer schweren Zeit ${pick(c.r, ['im Krankenhaus', 'nach dem Jobverlust', 'nach der Trennung', 'in der Pandemie'])} bin ich hier jeden Tag spazieren gegangen, und das hat mir sehr geholfen.`,
      (c) => `${pick(c.r, ['Mein Sohn', 'Meine Tochter', 'Mein Enkel', 'Meine Enkelin'])} hat hier auf der Wiese die ersten Schritte gemacht.`,
      () => `Einmal hat uns ein Platzregen überrascht, wir haben uns unter einen Baum gestellt und uns kaputtgelacht.`,
      (c) => `Im Lockdown ${c.r.int(2020, 2021)} war das mein Rettungsanker, jeden Tag eine Stunde raus ins Grüne.`,
    ],
  },
  wasser: {
    S: [
      (c) => `Das Wasser ${c.L} glitzert in der Abendsonne, das beruhigt mich jedes Mal.`,
      () => `Wasser mitten in der Stadt – das hat Dortmund lange gefehlt.`,
      () => `Ich mag das Plätschern der Wellen und die Boote auf dem Wasser.`,
      () => `Am Ufer zu sitzen und aufs Wasser zu schauen, ist für mich die beste Erholung.`,
      (c) => `Die Spiegelungen auf dem Wasser sehen ${when(c.r)} aus wie gemalt.`,
      () => `Hier riecht es ein bisschen nach Urlaub, obwohl man mitten im Ruhrgebiet ist.`,
      () => `Die Enten, Gänse und Schwäne gehören hier einfach dazu.`,
      (c) => `${c.Lc} ist der Himmel irgendwie weiter, weil sich alles im Wasser spiegelt.`,
    ],
    T: [
      (c) => `Ich gehe ${when(c.r)} einmal ums Wasser, das ist genau die richtige Runde.`,
      (c) => `Im Sommer sitzen wir ${comp(c.r)} am Ufer und lassen die Füße baumeln.`,
      (c) => `Ich jogge gern am Wasser entlang, ${when(c.r)} ist es am schönsten.`,
      (c) => `Manchmal sitze ich einfach da und schaue ${pick(c.r, ['den Booten', 'den Enten', 'den Schiffen', 'den Wellen', 'den Möwen'])} zu.`,
      (c) => `${whenC(c.r)} hole ich mir ${pick(c.r, FOOD_ACC)} und setze mich ans Wasser.`,
      () => `Mit dem Stand-up-Paddle oder dem Rad ums Wasser – hier wird es nie langweilig.`,
    ],
    A: [
      (c) => `An einem windigen Tag ${yr(c.r, 1990)} ist mein Hut ins Wasser geweht, ein Fremder hat ihn mit einem Stock wieder herausgefischt.`,
      (c) => {
        const p = partner(c.r);
        return `Hier habe ich ${p.dat} einen Heiratsantrag gemacht – zum Glück hat ${p.pron} Ja gesagt.`;
      },
      () => `Unser Hund ist einmal hinter einer Ente her ins Wasser gesprungen, das gab ein großes Hallo.`,
      (c) => `Beim ersten Spaziergang ${c.L} nach dem Umzug wussten wir sofort: Hier wollen wir bleiben.`,
      (c) => `Im Sommer ${yr(c.r, 2012)} haben wir hier ${pick(c.r, ['den Geburtstag meiner Tochter', 'unseren Hochzeitstag', 'meinen Abschluss', 'den Ruhestand meines Vaters'])} gefeiert, mit Decke, Kuchen und Sonnenuntergang.`,
    ],
  },
  industriekultur: {
    S: [
      () => `Hier spürt man noch, wie hart die Menschen im Ruhrgebiet früher gearbeitet haben.`,
      (c) => `${c.Nc} erzählt die Geschichte von Kohle und Stahl, die Dortmund groß gemacht hat.`,
      () => `Die alten Backsteinbauten und Stahlkonstruktionen finde ich einfach wunderschön.`,
      () => `Aus einem Ort der Schwerindustrie ist ein Ort für alle geworden.`,
      () => `Wo früher Schichtarbeit war, ist heute Platz für Kultur und Freizeit.`,
      () => `Für mich ist das ein Denkmal für die Bergleute und Stahlarbeiter unserer Stadt.`,
      (c) => `Der Strukturwandel ist ${c.L} zum Anfassen.`,
      () => `Rost, Backstein und Birken – so sieht für mich Heimat aus.`,
    ],
    T: [
      (c) => `Ich mache ${comp(c.r)} gern eine Führung und entdecke jedes Mal etwas Neues.`,
      () => `Ich fotografiere hier gern die alten Maschinen und das Spiel von Licht und Rost.`,
      (c) => `Wenn Besuch von außerhalb kommt, gehen wir als Erstes ${c.Z}.`,
      () => `Zur ExtraSchicht bin ich jedes Jahr hier, die Nacht der Industriekultur ist ein Fest.`,
      (c) => `${whenC(c.r)} streife ich über das Gelände und stelle mir vor, wie laut es hier früher war.`,
    ],
    A: [
      (c) => `Mein ${pick(c.r, MALE_RELATIVE)} hat ${pick(c.r, ['über 30 Jahre', 'sein ganzes Arbeitsleben', 'bis zur Stilllegung', 'mehr als 25 Jahre'])} ${pick(c.r, ['unter Tage', 'auf der Hütte', 'im Stahlwerk', 'auf Zeche'])} gearbeitet, und wenn ich hier stehe, denke ich an ihn.`,
      (c) => `Mein Vater hat früher ${pick(c.r, ['Schicht', 'Nachtschicht', 'Wechselschicht'])} gearbeitet, heute gehe ich hier mit meinen Kindern spazieren.`,
      () => `Als Kind fand ich den Ruß und den Lärm unheimlich, heute ist es hier so friedlich.`,
      (c) => `Bei der ExtraSchicht ${yr(c.r, 2002)} habe ich hier bis nach Mitternacht getanzt.`,
      () => `Meine Oma hat erzählt, dass die Wäsche früher nie richtig weiß wurde, weil so viel Ruß in der Luft war.`,
      (c) => `${yr(c.r, 1965, 2001)} habe ich hier meine Ausbildung angefangen, mit Henkelmann und Butterbrot.`,
    ],
  },
  geschichte: {
    S: [
      (c) => `${c.Nc} ist ein Stück Dortmunder Geschichte, das man anfassen kann.`,
      () => `Hier ist so viel passiert, man spürt die Jahrhunderte.`,
      () => `Ich mag die alten Mauern und die Geschichten, die darin stecken.`,
      () => `Es ist schön, dass so ein Ort erhalten geblieben ist und nicht einem Parkhaus weichen musste.`,
      (c) => `Wer ${c.Z} kommt, versteht, woher diese Stadt kommt.`,
      () => `Hier treffen sich Mittelalter, Industriezeit und Gegenwart auf ein paar Metern.`,
    ],
    T: [
      () => `Ich lese gern nach, was hier früher passiert ist, und entdecke immer wieder Neues.`,
      () => `Mit Besuch mache ich hier gern einen kleinen Rundgang und erzähle, was ich weiß.`,
      () => `Manchmal setze ich mich einfach hin und stelle mir vor, wie es hier vor hundert Jahren aussah.`,
      (c) => `${whenC(c.r)} mache ich hier gern eine Stadtführung mit, auch wenn ich das meiste schon kenne.`,
    ],
    A: [
      () => `Mein Opa hat mir hier als Kind die Geschichte der Stadt erklärt, das habe ich nie vergessen.`,
      (c) => `Bei einer Führung ${yr(c.r, 1995)} habe ich erfahren, wie viel hier im Krieg zerstört wurde, seitdem sehe ich den Ort mit anderen Augen.`,
      () => `Auf einem alten Foto meiner Urgroßeltern ist genau diese Stelle zu sehen.`,
      (c) => `${yr(c.r, 1980, 2015)} habe ich hier ein Referat für die Schule vorbereitet und war danach total begeistert von Geschichte.`,
    ],
  },
  kultur: {
    S: [
      (c) => `${c.Nc} ist für mich ein Ort, an dem Kunst und Menschen zusammenkommen.`,
      () => `Hier gibt es immer etwas zu sehen, zu hören oder zu entdecken.`,
      () => `Ich mag die Mischung aus Ausstellungen, Konzerten und spontanen Begegnungen.`,
      () => `Hier wird Kultur für alle gemacht, nicht nur für ein paar Eingeweihte.`,
      (c) => `${c.Lc} fühlt sich Dortmund an wie eine richtige Kulturstadt.`,
    ],
    T: [
      (c) => `Ich gehe ${when(c.r)} gern ${c.Z} und lasse mich einfach treiben.`,
      () => `Mindestens einmal im Monat besuche ich eine Ausstellung oder ein Konzert.`,
      () => `Mit meiner Schulklasse war ich schon oft hier, die Kinder sind jedes Mal begeistert.`,
      (c) => `${whenC(c.r)} treffe ich mich hier ${comp(c.r)}, wir schauen uns etwas an und reden danach stundenlang darüber.`,
    ],
    A: [
      (c) => {
        const p = partner(c.r);
        return `Bei einem Konzert ${yr(c.r, 1978)} habe ich ${p.acc} kennengelernt.`;
      },
      (c) => `Ich habe hier ${pick(c.r, ['als Schülerin', 'als Schüler', 'als Student', 'als Studentin'])} mein erstes Praktikum gemacht.`,
      (c) => `Einmal stand ich ${when(c.r)} vor einem Bild und habe die Zeit völlig vergessen.`,
      (c) => `Meine ${pick(c.r, ['Tochter', 'Nichte', 'Enkelin'])} hat hier ${yr(c.r, 2008)} ihr erstes eigenes Kunstwerk ausgestellt, ich war so stolz.`,
    ],
  },
  sport: {
    S: [
      () => `Hier schlägt das schwarzgelbe Herz von Dortmund.`,
      () => `Borussia ist nicht nur ein Verein, sondern ein Lebensgefühl, und hier spürt man das.`,
      () => `Ob Sieg oder Niederlage, hier hält man zusammen.`,
      () => `Für mich ist das echte Liebe, ganz wie der Spruch sagt.`,
      (c) => `${c.Lc} ist Fußball keine Nebensache, sondern Herzenssache.`,
    ],
    T: [
      (c) => `Vor jedem Heimspiel treffe ich mich hier ${comp(c.r)}.`,
      (c) => `Nach dem Training gönnen wir uns noch ${pick(c.r, FOOD_ACC)}.`,
      () => `An Spieltagen ist die ganze Stadt schwarzgelb und ich mittendrin.`,
      (c) => `Seit ${c.r.int(3, 50)} Jahren gehe ich ${pick(c.r, ['mit meinem Vater', 'mit meinem Sohn', 'mit meiner Tochter', 'mit den Kumpels', 'mit meinem Fanclub'])} zu jedem Heimspiel.`,
    ],
    A: [
      (c) => `Nach der Meisterschaft ${pick(c.r, MEISTER_YEARS)} haben wir gefeiert, bis die Stimme weg war.`,
      (c) => `Beim Pokalsieg ${pick(c.r, POKAL_YEARS)} lagen sich hier wildfremde Menschen in den Armen.`,
      (c) => `Mein ${pick(c.r, MALE_RELATIVE)} hat mich ${yr(c.r, 1965, 2018)} zum ersten Mal mitgenommen, seitdem bin ich Borusse.`,
      () => `Beim Derby ist mir ein wildfremder Mann vor Freude um den Hals gefallen, wir sind heute dicke Freunde.`,
      (c) => `${yr(c.r, 1997, 2024)} habe ich hier im strömenden Regen gestanden und trotzdem gesungen, bis ich heiser war.`,
    ],
  },
  gastronomie: {
    S: [
      (c) => `Nirgends schmeckt ${pick(c.r, FOOD_NOM)} so gut wie hier.`,
      () => `Die Bude an der Ecke ist für mich ein Stück Ruhrgebiet: Hier trifft man sich auf ein Bier und ein Schwätzchen.`,
      () => `Es gibt kleine Cafés, Kneipen und Imbisse, in denen man sich sofort willkommen fühlt.`,
      () => `An der Bude gibt es das kälteste Pils der Stadt, und die Gespräche gibt es gratis dazu.`,
      (c) => `${c.Lc} kann man wunderbar draußen sitzen und Leute beobachten.`,
    ],
    T: [
      (c) => `${whenC(c.r)} hole ich mir ${pick(c.r, FOOD_ACC)} und setze mich ${pick(c.r, ['auf eine Bank', 'auf die Treppe', 'in die Sonne', 'ans Fenster', 'auf die Mauer'])}.`,
      (c) => `Samstags frühstücken wir hier ${comp(c.r)} ausgiebig.`,
      (c) => `Nach der Arbeit trinke ich ${c.L} gern noch ${pick(c.r, DRINK_ACC)}.`,
      (c) => `Jeden ${pick(c.r, WEEKDAY)} treffe ich mich ${comp(c.r)} auf ${pick(c.r, ['einen Kaffee', 'ein Stück Kuchen', 'ein Feierabendbier', 'eine Currywurst'])}.`,
    ],
    A: [
      (c) => `In einem kleinen Café ${c.L} hatte ich mein erstes Date, wir haben drei Stunden geredet.`,
      (c) => `Der Wirt kennt mich seit ${c.r.int(5, 40)} Jahren und weiß genau, was ich bestelle.`,
      (c) => `Meine erste Currywurst in Dortmund habe ich hier gegessen, ${yr(c.r, 1975)} war das.`,
      () => `An der Bude habe ich als Kind für fünfzig Pfennig eine gemischte Tüte gekauft.`,
      () => `Einmal hat mir die Frau vom Kiosk einen Schirm geliehen, ich habe ihn erst nach Wochen zurückgebracht und sie hat nur gelacht.`,
    ],
  },
  erinnerung: {
    S: [
      () => `Hier stecken so viele Erinnerungen drin, dass ich gar nicht weiß, wo ich anfangen soll.`,
      (c) => `Jede Ecke ${c.L} erinnert mich an meine Kindheit.`,
      (c) => `Für mich ist ${c.N} ein Stück Kindheit.`,
      () => `Hier habe ich die wichtigsten Momente meines Lebens erlebt.`,
      (c) => `${c.Lc} fühle ich mich jedes Mal wieder wie ${c.r.int(8, 17)}.`,
    ],
    T: [
      (c) => `Ich komme oft hierher, wenn ich an ${pick(c.r, CLOSE_PEOPLE)} denken möchte.`,
      () => `Heute gehe ich mit meinen Kindern dieselben Wege, die ich früher mit meinen Eltern gegangen bin.`,
      (c) => `Jedes Jahr an meinem Geburtstag komme ich ${c.Z}.`,
      (c) => `${whenC(c.r)} komme ich hierher und erzähle ${pick(c.r, ['meinen Kindern', 'meinen Enkeln', 'meiner Frau', 'meinem Mann', 'meinen Freunden'])} von früher.`,
    ],
    A: [
      (c) => `Hier hatte ich ${yr(c.r, 1960, 2022)} mein erstes Date, ${pick(c.r, ['mit Herzklopfen und viel zu viel Parfüm', 'wir waren beide furchtbar nervös', 'und wir sind heute noch zusammen', 'und es hat in Strömen geregnet'])}.`,
      (c) => `Mein ${pick(c.r, MALE_RELATIVE)} hat mir hier das Fahrradfahren beigebracht, er ist nebenher gelaufen und hat losgelassen, ohne es mir zu sagen.`,
      (c) => `Meine Großeltern haben sich ${pick(c.r, ['in den 50ern', 'in den 60ern', 'kurz nach dem Krieg', 'beim Tanztee', 'auf einem Stadtfest'])} hier kennengelernt.`,
      (c) => `Als ich ${yr(c.r, 1970)} mit ${c.r.int(6, 40)} Jahren nach Dortmund kam, hat mir meine Nachbarin als Erstes diesen Ort gezeigt.`,
      () => `Nach der Beerdigung meiner Mutter bin ich hierher gegangen, weil sie diesen Ort so geliebt hat.`,
      (c) => `Mit ${c.r.int(14, 17)} habe ich hier meinen ersten Kuss bekommen, ${pick(c.r, ['hinter dem großen Baum', 'auf einer Bank', 'im Nieselregen', 'an einem Sommerabend'])}.`,
      (c) => `Meine ${pick(c.r, FEMALE_RELATIVE)} ist mit mir jeden Sonntag hierher gegangen, und es gab immer ${pick(c.r, ['ein Eis', 'ein Bonbon', 'eine Brezel', 'Kakao aus der Thermoskanne'])}.`,
    ],
  },
  gemeinschaft: {
    S: [
      () => `Hier kennt man sich, man grüßt sich und hilft sich.`,
      (c) => `${c.Nc} ist bunt: Menschen aus aller Welt kommen hier zusammen, und das macht den Ort so lebendig.`,
      (c) => `Das Miteinander ${c.L} ist einzigartig, egal woher man kommt.`,
      () => `Nirgendwo sonst kommen so viele verschiedene Menschen zusammen.`,
      () => `Hier sitzt die Studentin neben dem Rentner, und beide haben etwas zu erzählen.`,
    ],
    T: [
      (c) => `Im Sommer grillen wir ${pick(c.r, ['mit den Nachbarn', 'mit Freunden', 'mit der ganzen Straße', 'mit dem Kleingartenverein'])}, und wer vorbeikommt, ist eingeladen.`,
      (c) => `Ich engagiere mich hier ${pick(c.r, ['im Nachbarschaftsverein', 'beim Müllsammeln', 'im Gemeinschaftsgarten', 'bei der Tafel', 'im Bürgerverein', 'in der Kirchengemeinde'])}.`,
      () => `Samstags treffe ich hier immer dieselben Leute, wir quatschen über Gott und die Welt.`,
      (c) => `${whenC(c.r)} spielen wir hier ${pick(c.r, ['Boule', 'Tischtennis', 'Fußball', 'Schach', 'Karten'])}, und jeder darf mitmachen.`,
    ],
    A: [
      (c) => `Als ich ${yr(c.r, 1975)} neu hier war, hat mich meine Nachbarin sofort zum Kaffee eingeladen.`,
      (c) => `Beim Straßenfest ${yr(c.r, 1985)} habe ich Menschen kennengelernt, die heute meine besten Freunde sind.`,
      () => `Als unser Keller beim Starkregen vollgelaufen ist, standen die Nachbarn sofort mit Eimern vor der Tür.`,
      () => `Hier habe ich mit meinen Nachbarn aus fünf Ländern ein Fest gefeiert, jeder hat etwas gekocht.`,
    ],
  },
  ruhe: {
    S: [
      (c) => `${c.Lc} finde ich Ruhe, auch wenn um mich herum die Stadt brummt.`,
      () => `Hier kann ich abschalten und einfach mal nichts tun.`,
      () => `Es ist ein stiller Ort, an dem die Zeit ein bisschen langsamer läuft.`,
      () => `Hier tanke ich Kraft für den Alltag.`,
      (c) => `${c.Nc} ist mein Ruhepol, wenn der Kopf zu voll ist.`,
    ],
    T: [
      (c) => `${whenC(c.r)} sitze ich oft einfach nur da und höre zu.`,
      () => `Ich komme hierher, wenn mir alles zu viel wird.`,
      (c) => `Manchmal meditiere ich ${when(c.r)} hier, ganz ohne Handy.`,
      () => `Ich lasse das Handy zu Hause und bleibe so lange, wie ich mag.`,
    ],
    A: [
      (c) => `Nach meiner ${pick(c.r, ['Operation', 'Trennung', 'Kündigung', 'Reha', 'Prüfung'])} war das der Ort, an dem ich wieder zu mir gefunden habe.`,
      (c) => `Einmal saß ich hier ${when(c.r)} ganz allein, und ein älterer Herr setzte sich dazu, wir haben eine Stunde geschwiegen und uns dann verabschiedet wie alte Freunde.`,
      () => `Hier habe ich die wichtigste Entscheidung meines Lebens getroffen, in aller Ruhe auf einer Bank.`,
    ],
  },
  aussicht: {
    S: [
      () => `Von oben hat man einen fantastischen Blick über Dortmund.`,
      (c) => `Die Aussicht ist ${pick(c.r, ['bei Sonnenuntergang', 'bei klarem Wetter', 'im Herbst', 'nach einem Gewitter', 'am frühen Morgen'])} einfach atemberaubend.`,
      (c) => `Von hier aus sieht man bei gutem Wetter ${pick(c.r, ['bis ins Sauerland', 'das Stadion', 'den Florianturm', 'weit ins Ruhrgebiet', 'die ganze Innenstadt'])}.`,
      () => `Der Blick von hier ist für mich unbezahlbar.`,
    ],
    T: [
      () => `Ich komme gern zum Sonnenuntergang hierher und schaue zu, wie die Lichter der Stadt angehen.`,
      (c) => `Mit Besuch von außerhalb gehe ich immer zuerst ${c.Z}, damit sie die Stadt von oben sehen.`,
      (c) => `${whenC(c.r)} stehe ich hier und suche mit dem Finger die Orte, an denen ich gewohnt habe.`,
    ],
    A: [
      (c) => `Silvester ${yr(c.r, 1990, 2024)} haben wir von hier das Feuerwerk über der ganzen Stadt gesehen.`,
      (c) => {
        const p = partner(c.r);
        return `Hier oben habe ich ${p.dat} einen Heiratsantrag gemacht, mit zitternden Knien.`;
      },
      () => `Mein Vater hat mir hier oben gezeigt, wo er früher gearbeitet hat, und plötzlich hat er ganz leise gesprochen.`,
    ],
  },
  einkaufen: {
    S: [
      () => `Hier bekommt man alles, vom frischen Gemüse bis zum Ersatzknopf.`,
      () => `Ich mag das Gewusel, die Stimmen und die vielen kleinen Läden.`,
      (c) => `Die kleinen Geschäfte ${c.L} sind noch echte Fachgeschäfte mit Beratung.`,
      () => `Auf dem Wochenmarkt riecht es nach frischen Kräutern, Obst und Blumen.`,
    ],
    T: [
      () => `Samstags gehe ich hier bummeln, auch wenn ich gar nichts brauche.`,
      (c) => `Ich kaufe hier ${pick(c.r, ['mein Obst', 'mein Gemüse', 'Brot', 'Blumen', 'Gewürze', 'Käse'])} und halte überall ein kleines Schwätzchen.`,
      (c) => `${whenC(c.r)} schlendere ich ${comp(c.r)} durch die Läden und gönne mir ${pick(c.r, FOOD_ACC)}.`,
    ],
    A: [
      (c) => `Als Kind habe ich hier mit meiner Mutter ${pick(c.r, ['Schulsachen', 'meine erste Jeans', 'Weihnachtsgeschenke', 'den Ranzen für die Einschulung'])} gekauft.`,
      () => `Der Gemüsehändler legt mir seit Jahren immer noch eine Mandarine extra in die Tüte.`,
      (c) => `${yr(c.r, 1980, 2020)} habe ich hier an der Kasse meinen späteren Mann kennengelernt, er hatte sein Portemonnaie vergessen.`,
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// People

export const FIRST_NAMES: Array<{ weight: number; names: string[] }> = [
  {
    weight: 62,
    names: [
      'Anna', 'Lena', 'Marie', 'Sophie', 'Laura', 'Julia', 'Sarah', 'Katharina', 'Sabine', 'Petra', 'Monika', 'Ursula', 'Ingrid', 'Renate',
      'Claudia', 'Andrea', 'Stefanie', 'Nicole', 'Birgit', 'Gabi', 'Karin', 'Heike', 'Jana', 'Lea', 'Mia', 'Emma', 'Hannah', 'Leonie',
      'Charlotte', 'Frieda', 'Helga', 'Gisela', 'Jutta', 'Anke', 'Silke', 'Kerstin', 'Jessica', 'Vanessa', 'Jennifer', 'Michelle',
      'Thomas', 'Michael', 'Andreas', 'Stefan', 'Markus', 'Christian', 'Daniel', 'Jan', 'Tim', 'Lukas', 'Jonas', 'Felix', 'Paul', 'Leon',
      'Finn', 'Max', 'Klaus', 'Jürgen', 'Günter', 'Horst', 'Dieter', 'Uwe', 'Ralf', 'Frank', 'Bernd', 'Heinz', 'Karl-Heinz', 'Jörg',
      'Björn', 'Sören', 'Dirk', 'Sven', 'Torsten', 'Marco', 'Kevin', 'Dennis', 'Niklas', 'Moritz', 'Elias', 'Ben', 'Noah', 'Wolfgang',
      'Manfred', 'Werner', 'Hans-Peter', 'Friedhelm', 'Willi', 'Rüdiger', 'Hannelore', 'Ute', 'Doris', 'Bärbel', 'Käthe', 'Jörn',
    ],
  },
  {
    weight: 14,
    names: ['Ayşe', 'Elif', 'Zeynep', 'Emine', 'Fatma', 'Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Can', 'Deniz', 'Yusuf', 'Hüseyin', 'Murat', 'Burak', 'Özlem', 'Gül', 'Selin', 'Cem', 'Kübra', 'Hatice', 'Serkan', 'Tuğba', 'Ömer', 'Büşra', 'Oğuz'],
  },
  {
    weight: 7,
    names: ['Agnieszka', 'Katarzyna', 'Małgorzata', 'Magdalena', 'Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Marek', 'Wojciech', 'Dorota', 'Joanna', 'Łukasz', 'Zofia', 'Jacek'],
  },
  {
    weight: 7,
    names: ['Mohammed', 'Ahmad', 'Ali', 'Omar', 'Khaled', 'Yasmin', 'Fatima', 'Amira', 'Layla', 'Nour', 'Samir', 'Rami', 'Hiba', 'Karim', 'Rana', 'Mahmoud', 'Salma', 'Tarek'],
  },
  {
    weight: 5,
    names: ['Olga', 'Natalia', 'Irina', 'Sergej', 'Dmitri', 'Alexander', 'Viktor', 'Swetlana', 'Oksana', 'Andrij', 'Jelena', 'Wladimir'],
  },
  {
    weight: 4,
    names: ['Giuseppe', 'Maria', 'Giorgos', 'Eleni', 'Dragan', 'Ivana', 'Milan', 'Nikola', 'Francesca', 'Luca', 'Dimitris', 'Ana', 'João', 'Carmen', 'Miguel'],
  },
  {
    weight: 2,
    names: ['Kwame', 'Amina', 'Chidi', 'Fatou', 'Abebe', 'Thao', 'Linh', 'Priya', 'Arjun', 'Mei', 'Dilan', 'Rojda', 'Aziz'],
  },
];

export const LAST_NAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf',
  'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hartmann', 'Lange', 'Schmitz', 'Werner', 'Krause', 'Lehmann', 'Köhler',
  'Herrmann', 'König', 'Walter', 'Kaiser', 'Fuchs', 'Peters', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Vogel', 'Keller', 'Günther',
  'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Albrecht', 'Schuster', 'Böhm', 'Winter', 'Schumacher', 'Vogt', 'Stein',
  'Jäger', 'Sommer', 'Groß', 'Brandt', 'Schulte', 'Dietrich', 'Kuhn', 'Pohl', 'Engel', 'Horn', 'Busch', 'Bergmann', 'Voigt', 'Arnold',
  'Kowalski', 'Nowak', 'Wiśniewski', 'Lewandowski', 'Kamiński', 'Szymański', 'Grabowski', 'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik',
  'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Rossi', 'Esposito', 'Papadopoulos', 'Petrović',
  'Schäfer', 'Kötter', 'Brinkmann', 'Overbeck', 'Wiesmann', 'Hülsmann', 'Kemper', 'Tiemann',
];

const TRANSLIT: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ş: 's', ç: 'c', ğ: 'g', ı: 'i', ł: 'l', ń: 'n', ó: 'o', ś: 's', ż: 'z', ź: 'z', ą: 'a', ę: 'e',
  ć: 'c', é: 'e', è: 'e', á: 'a', à: 'a', ã: 'a', í: 'i', ú: 'u', ñ: 'n', ô: 'o', ê: 'e',
};

/** Lowercase ASCII for e-mail local parts ("Jörg" -> "joerg", "Yılmaz" -> "yilmaz"). */
export function asciiSlug(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    else if (ch === '-' || ch === ' ') out += '-';
    else out += TRANSLIT[ch] ?? '';
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Problem material (only ever used for entries marked as problems)

export const EMAIL_DOMAINS = ['example.org', 'example.com', 'example.net'];

export const PROBLEM_EMAIL_SENTENCES: Array<(addr: string) => string> = [
  (a) => `Wer mehr wissen will, schreibt mir an ${a}.`,
  (a) => `Meldet euch gern bei mir: ${a}`,
  (a) => `Ich habe noch viele alte Fotos, schreibt mir einfach (${a}).`,
  (a) => `Kontakt: ${a}`,
  (a) => `Ich suche Leute für einen gemeinsamen Spaziergang, Mail an ${a}`,
  (a) => `Falls jemand meine Oma von damals kennt, bitte melden unter ${a}!`,
];

export const PROBLEM_PHONE_SENTENCES: Array<(phone: string) => string> = [
  (p) => `Ruft mich gern an: ${p}.`,
  (p) => `Wer Fotos von früher hat, bitte melden unter ${p}!`,
  (p) => `Ich biete private Führungen an, Tel. ${p}`,
  (p) => `Für Fragen: ${p} (abends)`,
  (p) => `Mein Handy: ${p}, gern auch per WhatsApp.`,
  (p) => `Suche Mitfahrgelegenheit zum Heimspiel, ${p}`,
];

export const PROBLEM_INSULT_SENTENCES: string[] = [
  'Leider liegt hier überall Müll rum, die Leute, die das machen, sind echte Idioten.',
  'Nur die Radfahrer hier sind echte Vollidioten.',
  'Wer hier seinen Müll liegen lässt, ist ein Arschloch.',
  'Die Baustelle nebenan ist einfach Scheiße.',
  'Fuck, ist das schön hier!',
  'Woanders is auch scheiße, aber hier ist es am schönsten.',
  'Die Stadt kriegt es seit Jahren nicht hin, die Toiletten zu reparieren, was für Idioten.',
  'Scheiß auf Schalke, hier ist Dortmund!',
  'Die Typen, die hier nachts rumgrölen, sind einfach Wichser.',
  'This place is fucking amazing.',
  'Der Typ vom Ordnungsamt war ein richtiges Arschloch.',
  'Parken ist hier die reinste Scheiße.',
  'Shit, ich hab meine Kamera vergessen, aber egal.',
];

export const PROBLEM_LINK_SENTENCES: Array<(slug: string, n: number) => string> = [
  (s) => `Mehr Bilder gibt es auf https://example.org/herzensorte/${s}`,
  () => `Fotos von meinem Spaziergang: www.example.com/fotos`,
  (s) => `Schaut mal auf meinem Blog vorbei: ${s}-blog.de`,
  (s) => `Infos zu Führungen unter www.${s}-fuehrungen.de`,
  (_s, n) => `Hier mein Video: https://www.example.net/watch?v=${n.toString(36)}`,
  (s) => `Günstige Ferienwohnungen gibt es bei ferienwohnung-${s}.de!`,
  () => `Jetzt Gutschein sichern auf http://example.com/angebot`,
  (s) => `Mein Insta: instagram.com/${s.replace(/-/g, '_')}_ruhrpott`,
  (s) => `Alle Infos: ${s}.example.org`,
];

export const LINK_SLUGS = ['dortmund-entdecken', 'ruhrpott-fotos', 'heimat-dortmund', 'mein-dortmund', 'ruhrliebe', 'pott-geschichten', 'schwarzgelb-fan', 'zechen-tour'];

export const SHORT_TEXTS = [
  'Toll!',
  'Mag ich',
  'Schön hier.',
  'Bester Ort!',
  'Heimat.',
  'Super!!',
  'Einfach schön',
  'Mein Ort.',
  'Love it',
  'Echte Liebe!',
  'Top',
  'Wunderschön!',
  '❤️',
  'Muss man sehen.',
  'Hier bin ich gern',
  'Dat is Heimat.',
  'Ohne Worte.',
  ':)',
  'Immer wieder gern',
  'Herzensort!',
  'Sehr schön',
  'Ja.',
  'Klasse Ort!',
];
