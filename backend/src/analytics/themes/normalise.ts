/**
 * Normalisation and tokenisation of German free text for the theme classifier and the
 * distinctive-words statistics.
 *
 * Choice (applied identically to codebook keywords and to stories):
 * - lower case; ß and ẞ → "ss" (as the Snowball prelude does, so "Fußball" = "Fussball");
 * - ä, ö, ü are kept for the stemmer (it removes them itself at the very end), every other Latin
 *   diacritic is dropped ("Café" → "cafe", "Kiosk-Bier" stays two words);
 * - the spellings "ae", "oe", "ue" become ä, ö, ü exactly as in Snowball's german2 variant: not after
 *   "q" and not when the "u" stands between two vowels (so "Baeume" = "Bäume", "gruen" = "grün",
 *   "fuer" = "für", but "Mauer", "neue", "Feuer", "Quelle" stay). The rare false conversions
 *   ("aktuell" → "aktüll") happen in keywords and texts alike, so they cannot break a match;
 * - `fold` then maps ä/ö/ü → a/o/u for the surface (compound) matching, so umlaut plurals
 *   ("Bäume", "Türme", "Gärten") contain the singular ("baum", "turm", "garten").
 *
 * Tokens are maximal runs of letters; hyphens, apostrophes, digits and punctuation separate them,
 * so "Phoenix-See" gives "phoenix" + "see" and "gibt's" gives "gibt" + "s".
 */

const TABLE_SIZE = 0x250; // Basic Latin … Latin Extended-B
/** lower-case form of a Latin letter ('' = not a letter) */
const LOWER: string[] = new Array(TABLE_SIZE).fill('');
const IS_LETTER = /\p{L}/u;
const MARKS = /\p{M}/gu;
const KEEP = new Set(['ä', 'ö', 'ü']);
const SPECIAL: Record<string, string> = { ß: 'ss', ẞ: 'ss', ı: 'i', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', þ: 'th' };

function lowerOf(code: number): string {
  const ch = String.fromCharCode(code);
  if (!IS_LETTER.test(ch)) return '';
  const lower = ch.toLowerCase();
  const special = SPECIAL[ch] ?? SPECIAL[lower];
  if (special !== undefined) return special;
  if (KEEP.has(lower)) return lower;
  const base = lower.normalize('NFD').replace(MARKS, '');
  return base || lower;
}

/** 1 = letter, for the fast path of `isWordChar` */
const IS_WORD = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  LOWER[c] = lowerOf(c);
  IS_WORD[c] = LOWER[c] ? 1 : 0;
}
const otherCache = new Map<number, string>();

/** lower-case, normalised form of one UTF-16 code unit; '' when it is not a letter */
function letter(code: number): string {
  if (code < TABLE_SIZE) return LOWER[code];
  if (code >= 0xd800 && code <= 0xdfff) return ''; // surrogates (emoji, rare scripts) separate words
  if (code === 0x1e9e) return 'ss'; // ẞ
  let l = otherCache.get(code);
  if (l === undefined) {
    l = lowerOf(code);
    otherCache.set(code, l);
  }
  return l;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü']);
const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };

/**
 * german2 transliteration of one lower-case word: "ae"/"oe"/"ue" → ä/ö/ü, except after "q" and
 * except a "u" between two vowels ("aue", "eue" keep their u, as Snowball marks it as consonant).
 */
export function transliterate(word: string): string {
  if (word.indexOf('e') <= 0) return word;
  let out = '';
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (word[i + 1] === 'e' && (c === 'a' || c === 'o' || c === 'u')) {
      const prev = i > 0 ? word[i - 1] : '';
      const keep = prev === 'q' || (c === 'u' && VOWELS.has(prev));
      if (!keep) {
        out += UMLAUT[c];
        i++;
        changed = true;
        continue;
      }
    }
    out += c;
  }
  return changed ? out : word;
}

/** ä/ö/ü → a/o/u (the tokens are already lower case, ß already ss) */
export function fold(word: string): string {
  if (!/[äöü]/.test(word)) return word;
  return word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
}

/** Is this UTF-16 code unit part of a word? */
export function isWordChar(code: number): boolean {
  return code < TABLE_SIZE ? IS_WORD[code] === 1 : letter(code) !== '';
}

/** Normalised form of one maximal letter run cut from a text (see `tokenise`). */
export function normaliseToken(run: string): string {
  let cur = '';
  for (let i = 0; i < run.length; i++) cur += letter(run.charCodeAt(i));
  return transliterate(cur);
}

/** Lower-case words of `text` as they are written (only case and diacritics other than äöü normalised). */
export function words(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const l = letter(text.charCodeAt(i));
    if (l) cur += l;
    else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Normalised tokens: `words` + german2 transliteration. */
export function tokenise(text: string): string[] {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) ws[i] = transliterate(ws[i]);
  return ws;
}

/** Normalise one keyword or word the same way as the tokens of a text ("Phoenix-See" → "phoenix see"). */
export function normaliseWord(word: string): string {
  return tokenise(word).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Stopwords: the Snowball German stop list plus frequent colloquial forms. Stored normalised.

const STOPWORD_TEXT = `
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anders
auch auf aus bei bin bis bist da damit dann der den des dem die das dass daß du dich dir dort durch
ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er ihn ihm es etwas
euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter
ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes
jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte machen man
manche manchem manchen mancher manches mein meine meinem meinen meiner meines mit muss musste nach nicht
nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie ihnen sind so
solche solchem solchen solcher solches soll sollte sondern sonst über um und uns unsere unserem unseren
unser unseres unter viel vom von vor während war waren warst was weg weil weiter welche welchem welchen
welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur
zwar zwischen
ab beim seit bzw ca usw eben halt mal ja nein doch denn schon noch immer oft gar ganz ganze ganzen
einfach echt eigentlich irgendwie wirklich sogar fast bisschen bissl mehr weniger viele vielen gern gerne
dabei dafür dagegen daher dahin darauf darin darüber davon dazu drin drauf drüber rein raus rum
hätte hätten wäre wären sei gibt gibts gab geht gehen ging kommt komme kommen kam macht mache gemacht
kann könnt kannst konnte konnten muss müssen darf dürfen sollen wurde wurden worden wird
ne nen nem ner nix is isses isset wat dat et wa son sone
diese diesem diesen dieser dieses dies jemand niemand jeder alles nichts
`;

export const STOPWORDS: ReadonlySet<string> = new Set(STOPWORD_TEXT.split(/\s+/).filter(Boolean).map(transliterate));

export function isStopword(normalisedWord: string): boolean {
  return STOPWORDS.has(normalisedWord);
}

/**
 * Content words for counting (distinctive terms): lower-case words as written (umlauts kept, ß as
 * "ss", no ae/oe/ue transliteration so "Phoenix" and "Hoesch" stay readable), without stopwords
 * (checked on the transliterated form), at least `minLength` letters.
 */
export function contentWords(text: string, minLength = 3): string[] {
  return words(text).filter((w) => w.length >= minLength && !STOPWORDS.has(transliterate(w)));
}
