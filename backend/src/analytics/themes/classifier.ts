/**
 * Theme classifier: which reasons (codebook themes) a story names. Pure, no I/O, no clock.
 *
 * A keyword matches a word of the text
 * 1. on the folded surface form (lower case, ä/ö/ü → a/o/u, ß → ss, ae/oe/ue as umlauts), with an
 *    Aho–Corasick automaton over all keyword roots:
 *    - whole word: root + an inflection ending ("Gärten" = garten + "", "Bäume" = baum + e,
 *      "entspannt" = entspann + t); participles with ge- for lower-case keywords ("gegrillt");
 *    - compound head: at least 3 letters before the root, an inflection ending after it
 *      ("Stadtpark", "Phoenixsee" for `*See`, "Rosenbeeten");
 *    - compound modifier: the root at the start and at least 3 more letters ("Hafenrundfahrt",
 *      "Zechengelände" = zeche + n + gelände: a Fugen-s/-n/-en/-e is simply part of the rest; nouns on
 *      -e of 5+ letters also lose it: "Kirch|turm");
 *    - interior: at least 3 letters on both sides ("Stadtparkbank" → park, and bank as head).
 *    Noun keywords (capitalised) of at least `minCompoundLength` (4) letters take part in compounds;
 *    shorter ones and verbs/adjectives (lower case) only with an explicit `*`. Not a compound
 *    boundary: one that splits a diphthong ("Verk|äufer" is no "Ufer") or "ch"/"sch"; a left part that
 *    is an affix ("ung|laub|lich") or a prefix + ge/zu ("ein|ge|laden"); a rest that is a suffix
 *    ("Baum|eln", "Freund|lich");
 * 2. for verbs and adjectives also by Snowball stem (stem(word) = stem(keyword): "ruhigsten" ~
 *    "ruhig"). Nouns do not use stems: Snowball conflates too much ("Reiher"/"Reihe", "Bäcker" →
 *    back, "Burg"/"Bürger").
 * Exclusions (`!Parkhaus`) remove the theme's matches that overlap them in the same word; phrase
 * keywords ("erster Kuss") match consecutive words by stem. In street names ("…straße") only a keyword
 * that is the whole word counts; the configured place words ("Gartenstadt") never count.
 * A theme is named when its score reaches 1: a keyword counts 1, a weak one (`~Kaffee`) ½, each word
 * of the text at most once per theme. See codebook.ts for the keyword syntax.
 *
 * Speed: `compileCodebook` builds the automaton and maps once. What a word contributes depends only
 * on the word, so it is analysed once and cached in the compiled codebook (bounded, keyed by an
 * FNV-1a hash computed while scanning); `classify` is then one pass over the text. Measured with
 * classify-speed.ts: 30,000–60,000 demo stories (280 characters) per second of CPU on one core.
 */
import { DEFAULT_CODEBOOK, DORTMUND_PLACE_WORDS, ThemeDefinition } from './codebook';
import { fold, isStopword, isWordChar, normaliseToken, normaliseWord } from './normalise';
import { stemGerman } from './stemmer';

export interface CompileOptions {
  /** minimum letters of a noun keyword to match inside compounds without `*` (default 4) */
  minCompoundLength?: number;
  /** minimum letters of the other part(s) of a compound (default 3) */
  minPartLength?: number;
  /** words that never count for a single keyword (place names); default DORTMUND_PLACE_WORDS */
  ignoreWords?: readonly string[];
}

interface Pattern {
  theme: number;
  exclusion: boolean;
  /** may be the head (last part) of a compound */
  head: boolean;
  /** may be the modifier (first or inner part) of a compound */
  mod: boolean;
  /** may stand as a whole word (with an ending); false for stem roots used only as modifiers */
  whole: boolean;
  /** verb/adjective endings and ge- participles (lower-case keyword) instead of noun endings */
  verb: boolean;
  length: number;
  /** 1, or 0.5 for a weak keyword (`~Kaffee`) */
  weight: number;
  /** the keyword as written in the codebook */
  keyword: string;
}

interface Phrase {
  theme: number;
  exclusion: boolean;
  stems: string[];
  weight: number;
  keyword: string;
}

export interface CompiledCodebook {
  readonly themes: readonly ThemeDefinition[];
  readonly ids: readonly string[];
  /** @internal */ readonly exact: ReadonlyMap<string, ReadonlyArray<{ theme: number; weight: number }>>;
  /** @internal */ readonly patterns: readonly Pattern[];
  /** @internal */ readonly next: Int32Array;
  /** @internal */ readonly outStart: Int32Array;
  /** @internal */ readonly outList: Int32Array;
  /** @internal */ readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** @internal */ readonly ignore: ReadonlySet<string>;
  /** @internal */ readonly minPart: number;
  /** @internal per-word analysis, keyed by the word as cut from the text */
  readonly words: WordCache;
}

/** What one word of a text contributes: computed once per distinct word and cached. */
interface WordInfo {
  /** the word as cut from the text (cache key) */
  raw: string;
  /** next entry with the same hash */
  next: WordInfo | undefined;
  stem: string;
  /** themes (index) with their weight, after this word's exclusions */
  themes: readonly number[];
  weights: readonly number[];
  /** phrases that start with this word's stem */
  phrases: readonly Phrase[] | undefined;
}

/** weight of a weak keyword (`~`): a theme needs a total of 1, counted once per word */
const WEAK_WEIGHT = 0.5;

const NOUN_ENDINGS = new Set(['', 'e', 'en', 'n', 's', 'es', 'er', 'ern', 'ens', 'in', 'innen']);
const WORD_ENDINGS = new Set([
  ...NOUN_ENDINGS,
  'em', 't', 'st', 'et', 'est', 'te', 'ten', 'tet', 'test', 'ere', 'eren', 'erem', 'erer', 'eres',
  'ste', 'sten', 'stem', 'ster', 'stes', 'end', 'ende', 'enden', 'ender', 'endem', 'endes', 'ung', 'ungen',
]);
const MAX_ENDING = 6;

// ---------------------------------------------------------------------------------------------
// Compilation

const ALPHABET = 27; // a–z, and 26 for any other character (no transitions)
const code = (ch: number): number => (ch >= 0x61 && ch <= 0x7a ? ch - 0x61 : 26);

class AutomatonBuilder {
  private trie: Array<Map<number, number>> = [new Map()];
  private own: number[][] = [[]];

  add(word: string, pattern: number): void {
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = code(word.charCodeAt(i));
      if (c === 26) return; // roots are folded a–z; anything else cannot occur in a folded token run
      let t = this.trie[s].get(c);
      if (t === undefined) {
        t = this.trie.length;
        this.trie.push(new Map());
        this.own.push([]);
        this.trie[s].set(c, t);
      }
      s = t;
    }
    this.own[s].push(pattern);
  }

  build(): { next: Int32Array; outStart: Int32Array; outList: Int32Array } {
    const n = this.trie.length;
    const next = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const order: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = this.trie[0].get(c);
      next[c] = t ?? 0;
      if (t !== undefined) {
        fail[t] = 0;
        order.push(t);
      }
    }
    for (let qi = 0; qi < order.length; qi++) {
      const s = order[qi];
      for (let c = 0; c < ALPHABET; c++) {
        const t = this.trie[s].get(c);
        if (t !== undefined) {
          fail[t] = next[fail[s] * ALPHABET + c];
          next[s * ALPHABET + c] = t;
          order.push(t);
        } else next[s * ALPHABET + c] = c === 26 ? 0 : next[fail[s] * ALPHABET + c];
      }
    }
    // outputs: own patterns plus those of the failure chain (BFS order: fail states are done first)
    const outs: number[][] = new Array(n);
    outs[0] = this.own[0];
    for (const s of order) outs[s] = this.own[s].concat(outs[fail[s]]);
    const outStart = new Int32Array(n + 1);
    let total = 0;
    for (let s = 0; s < n; s++) {
      outStart[s] = total;
      total += outs[s].length;
    }
    outStart[n] = total;
    const outList = new Int32Array(total);
    for (let s = 0; s < n; s++) outList.set(outs[s], outStart[s]);
    return { next, outStart, outList };
  }
}

const isUpper = (s: string): boolean => s !== s.toLowerCase();

/** Compile a codebook once; pass the result to `classify` for every story. */
export function compileCodebook(themes: readonly ThemeDefinition[] = DEFAULT_CODEBOOK, options: CompileOptions = {}): CompiledCodebook {
  const minCompound = options.minCompoundLength ?? 4;
  const minPart = options.minPartLength ?? 3;
  const exact = new Map<string, Array<{ theme: number; weight: number }>>();
  const patterns: Pattern[] = [];
  const builder = new AutomatonBuilder();
  const phrases = new Map<string, Phrase[]>();
  const seen = new Set<string>();

  let raw = '';
  let weight = 1;
  const addPattern = (root: string, p: Omit<Pattern, 'length' | 'keyword' | 'weight'>): void => {
    if (root.length < 2) return;
    const key = `${root}|${raw}|${p.theme}|${p.exclusion}|${p.head}|${p.mod}|${p.whole}|${p.verb}`;
    if (seen.has(key)) return;
    seen.add(key);
    patterns.push({ ...p, length: root.length, keyword: raw, weight });
    builder.add(root, patterns.length - 1);
  };

  themes.forEach((theme, t) => {
    for (const keyword of theme.keywords) {
      raw = keyword;
      let k = raw.trim();
      const exclusion = k.startsWith('!');
      if (exclusion) k = k.slice(1).trim();
      const weak = !exclusion && k.startsWith('~');
      if (weak) k = k.slice(1).trim();
      weight = weak ? WEAK_WEIGHT : 1;
      const exactOnly = k.startsWith('=');
      if (exactOnly) k = k.slice(1).trim();
      const starHead = k.startsWith('*');
      const starMod = k.endsWith('*');
      k = k.replace(/^\*+|\*+$/g, '').trim();
      if (!k) continue;
      const norm = normaliseWord(k);
      if (!norm) continue;
      const parts = norm.split(' ');
      if (parts.length > 1) {
        const stems = parts.map((w) => stemGerman(w));
        const list = phrases.get(stems[0]) ?? [];
        list.push({ theme: t, exclusion, stems, weight, keyword: raw });
        phrases.set(stems[0], list);
        continue;
      }
      const noun = isUpper(k.charAt(0));
      const base = fold(norm);
      const stem = stemGerman(norm);
      // Snowball conflates too much for nouns ("Reiher"/"Reihe" → reih, "Bäcker" → back, "Burger" →
      // burg): nouns match on the surface form with endings; verbs and adjectives also by stem
      if (!exclusion && !exactOnly && !noun && !/[^e](el|er)n$/.test(base)) {
        const list = exact.get(stem) ?? [];
        const had = list.find((x) => x.theme === t);
        if (!had) list.push({ theme: t, weight });
        else had.weight = Math.max(had.weight, weight);
        exact.set(stem, list);
      }
      const starred = starHead || starMod;
      const head = !exactOnly && (starred ? starHead : noun && base.length >= minCompound);
      const mod = !exactOnly && (starred ? starMod : noun && base.length >= minCompound);
      const verb = !noun;
      addPattern(base, { theme: t, exclusion, head, mod, whole: true, verb });
      // exclusions are surface forms: the stem of "!parken" must not exclude "Park"
      if (exactOnly || exclusion) continue;
      // verbs: the stem is the root for endings ("entspann|t"); -eln/-ern verbs drop only the n
      // ("radel|t", "wander|t"). Nouns on -e lose it as a compound modifier ("Kirch|turm",
      // "Schul|hof"); other noun stems are no modifiers ("Bäcker" → back|stein, "Weiher" → weih|nachten).
      const elnErn = verb && /[^e](el|er)n$/.test(base);
      if (verb && !elnErn && stem !== base && stem.length >= 3) addPattern(stem, { theme: t, exclusion, head: false, mod: false, whole: true, verb });
      if (!verb && mod && base.endsWith('e') && base.length - 1 > minCompound) {
        addPattern(base.slice(0, -1), { theme: t, exclusion, head: false, mod: true, whole: false, verb });
      }
      if (elnErn) addPattern(base.slice(0, -1), { theme: t, exclusion, head: false, mod: false, whole: true, verb });
    }
  });

  const auto = builder.build();
  const ignore = new Set((options.ignoreWords ?? DORTMUND_PLACE_WORDS).map((w) => fold(normaliseWord(w))));
  return {
    themes,
    ids: themes.map((t) => t.id),
    exact,
    patterns,
    next: auto.next,
    outStart: auto.outStart,
    outList: auto.outList,
    phrases,
    ignore,
    minPart,
    words: { byHash: new Map(), size: 0 },
  };
}

// ---------------------------------------------------------------------------------------------
// Classification

const VOWEL = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const DIPHTHONG = new Set(['au', 'ei', 'eu', 'ie', 'ai', 'ey', 'ay', 'ee', 'aa', 'oo']);

/**
 * Left parts that are prefixes or suffixes, not words: "ver|fluss", "aus|probieren", "ung|laub|lich".
 */
const AFFIXES = new Set([
  'ver', 'zer', 'ent', 'emp', 'miss', 'auf', 'aus', 'bei', 'ein', 'mit', 'nach', 'vor', 'durch', 'uber', 'unter',
  'wider', 'weg', 'her', 'hin', 'los', 'ung', 'heit', 'keit', 'lich', 'isch', 'herum', 'voruber', 'zuruck', 'ab', 'an',
]);

/**
 * A left part that is a verb prefix plus "ge" or "zu" marks a participle or zu-infinitive, not a
 * compound: "ein|ge|laden", "auf|zu|bauen".
 */
function participleLeft(left: string): boolean {
  if (!(left.endsWith('ge') || left.endsWith('zu'))) return false;
  const prefix = left.slice(0, -2);
  return prefix === '' || AFFIXES.has(prefix);
}

/** Rests that are suffixes, not words: "Baum|eln" (baumeln), "Kunst|lich", "Freund|lich". */
const SUFFIXES = new Set([
  'lich', 'liche', 'lichen', 'licher', 'liches', 'isch', 'ische', 'ischen', 'ig', 'ige', 'igen', 'iger', 'ung', 'ungen',
  'heit', 'keit', 'chen', 'lein', 'eln', 'elt', 'ern', 'ert', 'bar', 'sam', 'haft', 'los', 'lose', 'losen', 'ler',
  'ling', 'nis', 'tum', 'ell', 'elle', 'ellen', 'ieren', 'iert', 'ierte', 'ierten',
]);

/** Is `i` a plausible boundary between two parts of the folded word `w`? */
function boundaryOk(w: string, i: number): boolean {
  const a = w[i - 1];
  const b = w[i];
  if (VOWEL.has(a) && VOWEL.has(b) && DIPHTHONG.has(a + b)) return false;
  if (a === 'c') return false; // "…c|h…", "…c|k…"
  if (a === 's' && b === 'c' && w[i + 1] === 'h') return false; // "s|ch"
  return true;
}

function endingOk(w: string, from: number, verb: boolean): boolean {
  const n = w.length - from;
  if (n > MAX_ENDING) return false;
  const rest = n === 0 ? '' : w.slice(from);
  return verb ? WORD_ENDINGS.has(rest) : NOUN_ENDINGS.has(rest);
}

export interface Evidence {
  theme: string;
  /** the word of the text (normalised) or the words of a phrase */
  word: string;
  keyword: string;
  /** false: the match was removed by an exclusion */
  counted: boolean;
}

interface Hit {
  theme: number;
  start: number;
  end: number;
  exclusion: boolean;
  weight: number;
  keyword: string;
}

/** All keyword matches in one normalised word, exclusions applied; the evidence goes to `trace`. */
function analyseWord(raw: string, cb: CompiledCodebook, trace: Evidence[] | null): WordInfo {
  const norm = normaliseToken(raw);
  const stem = stemGerman(norm);
  // copy long keys: a slice would keep the whole story alive in the cache
  const key = raw.length >= 13 ? (' ' + raw).slice(1) : raw;
  const info: WordInfo = { raw: key, next: undefined, stem, themes: [], weights: [], phrases: cb.phrases.get(stem) };
  if (norm.length < 2 || isStopword(norm)) return info;
  const w = fold(norm);
  if (cb.ignore.has(w)) return info;
  // a street name ("Lindemannstraße", "Hafenstraße") says where, not why: only a keyword that is
  // the whole word ("Einkaufsstraße") counts, never a part of it
  const street = w.endsWith('strasse');
  const { next, outStart, outList, patterns, minPart } = cb;
  const hits: Hit[] = [];

  const byStem = cb.exact.get(stem);
  if (byStem) for (const { theme, weight } of byStem) hits.push({ theme, start: 0, end: w.length, exclusion: false, weight, keyword: `stem:${stem}` });

  let state = 0;
  const len = w.length;
  for (let e = 0; e < len; ) {
    state = next[state * ALPHABET + code(w.charCodeAt(e))];
    e++;
    for (let o = outStart[state], oe = outStart[state + 1]; o < oe; o++) {
      const p = patterns[outList[o]];
      const s = e - p.length;
      const rest = len - e;
      let from = -1;
      let to = -1;
      if (s === 0) {
        if (p.whole && endingOk(w, e, p.verb)) {
          from = 0;
          to = len;
        } else if (p.mod && rest >= minPart && boundaryOk(w, e) && !SUFFIXES.has(w.slice(e)) && !WORD_ENDINGS.has(w.slice(e))) {
          from = 0;
          to = e;
        }
      } else if (s >= minPart && !AFFIXES.has(w.slice(0, s)) && !participleLeft(w.slice(0, s))) {
        if (p.head && endingOk(w, e, p.verb) && boundaryOk(w, s)) {
          from = s;
          to = len;
        } else if (p.head && p.mod && rest >= minPart && boundaryOk(w, s) && boundaryOk(w, e) && !SUFFIXES.has(w.slice(e))) {
          from = s;
          to = e;
        }
      } else if (s === 2 && p.verb && p.whole && w.charCodeAt(0) === 0x67 && w.charCodeAt(1) === 0x65 && endingOk(w, e, true)) {
        from = 0; // ge- participle: "gegrillt", "gefeiert"
        to = len;
      }
      if (from >= 0 && !(street && (from > 0 || to < len))) hits.push({ theme: p.theme, start: from, end: to, exclusion: p.exclusion, weight: p.weight, keyword: p.keyword });
    }
  }
  if (hits.length === 0) return info;

  const themes: number[] = [];
  const weights: number[] = [];
  for (const h of hits) {
    if (h.exclusion) continue;
    const excluded = hits.some((x) => x.exclusion && x.theme === h.theme && x.start < h.end && h.start < x.end);
    trace?.push({ theme: cb.ids[h.theme], word: norm, keyword: h.keyword, counted: !excluded });
    if (excluded) continue;
    const at = themes.indexOf(h.theme);
    if (at < 0) {
      themes.push(h.theme);
      weights.push(h.weight);
    } else if (h.weight > weights[at]) weights[at] = h.weight;
  }
  info.themes = themes;
  info.weights = weights;
  return info;
}

/**
 * Per-word cache: FNV-1a hash of the word's UTF-16 code units → chain of entries. `run` hashes while
 * it scans and compares in place, so a known word costs no substring and no string hashing.
 */
interface WordCache {
  byHash: Map<number, WordInfo>;
  size: number;
}

const WORD_CACHE_MAX = 250_000;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The cached analysis of text[from, to), whose hash is `h`. */
function wordInfo(text: string, from: number, to: number, h: number, cb: CompiledCodebook): WordInfo {
  const cache = cb.words;
  const first = cache.byHash.get(h);
  const n = to - from;
  for (let e = first; e !== undefined; e = e.next) {
    const raw = e.raw;
    if (raw.length !== n) continue;
    let k = 0;
    while (k < n && raw.charCodeAt(k) === text.charCodeAt(from + k)) k++;
    if (k === n) return e;
  }
  const info = analyseWord(text.slice(from, to), cb, null);
  if (cache.size >= WORD_CACHE_MAX) {
    cache.byHash.clear();
    cache.size = 0;
    info.next = undefined;
    cache.byHash.set(h, info);
  } else {
    info.next = first;
    cache.byHash.set(h, info);
  }
  cache.size++;
  return info;
}

const compiledDefaults = new WeakMap<readonly ThemeDefinition[], CompiledCodebook>();

function isCompiled(cb: CompiledCodebook | readonly ThemeDefinition[]): cb is CompiledCodebook {
  return !Array.isArray(cb) && (cb as CompiledCodebook).next instanceof Int32Array;
}

function resolve(codebook: CompiledCodebook | readonly ThemeDefinition[]): CompiledCodebook {
  if (isCompiled(codebook)) return codebook;
  let c = compiledDefaults.get(codebook);
  if (!c) {
    c = compileCodebook(codebook);
    compiledDefaults.set(codebook, c);
  }
  return c;
}

/**
 * The theme ids a story names, in codebook order. `codebook` is best compiled once with
 * `compileCodebook`; a plain codebook is compiled on first use and cached by identity.
 */
export function classify(text: string, codebook: CompiledCodebook | readonly ThemeDefinition[] = DEFAULT_CODEBOOK): string[] {
  const cb = resolve(codebook);
  const score = run(text, cb, null);
  const out: string[] = [];
  for (let t = 0; t < score.length; t++) if (score[t] >= 1) out.push(cb.ids[t]);
  return out;
}

/** Which keyword matched which word: for the quality report and for moderators' questions. */
export function explain(text: string, codebook: CompiledCodebook | readonly ThemeDefinition[] = DEFAULT_CODEBOOK): Evidence[] {
  const cb = resolve(codebook);
  const trace: Evidence[] = [];
  run(text, cb, trace);
  return trace;
}

// scratch buffer for the words of one text (only needed when a phrase may start)
let infos: WordInfo[] = new Array(256);

/** Score per theme (a theme is named at >= 1): one pass over the letter runs of `text`. */
function run(text: string, cb: CompiledCodebook, trace: Evidence[] | null): Float64Array {
  const score = new Float64Array(cb.ids.length);
  let n = 0;
  let phraseAt = -1;
  /** with a trace: where each word's evidence starts in it */
  const traceAt: number[] = [];
  const len = text.length;
  for (let i = 0; i < len; ) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    let j = i + 1;
    while (j < len && isWordChar((c = text.charCodeAt(j)))) {
      h = Math.imul(h ^ c, FNV_PRIME);
      j++;
    }
    if (trace) traceAt.push(trace.length);
    const info = trace ? analyseWord(text.slice(i, j), cb, trace) : wordInfo(text, i, j, h, cb);
    const { themes, weights } = info;
    for (let k = 0; k < themes.length; k++) score[themes[k]] += weights[k];
    if (n === infos.length) infos = infos.concat(new Array<WordInfo>(n));
    infos[n++] = info;
    if (phraseAt < 0 && info.phrases) phraseAt = n - 1;
    i = j;
  }

  // phrases (rare): consecutive words by stem, stopwords included. A positive phrase adds its
  // weight; an exclusion phrase takes back what its words gave to its theme.
  if (phraseAt >= 0) {
    const taken = new Set<number>(); // word * 65536 + theme, taken back once
    for (let i = phraseAt; i < n; i++) {
      const list = infos[i].phrases;
      if (!list) continue;
      for (const p of list) {
        const m = p.stems.length;
        if (i + m > n) continue;
        let ok = true;
        for (let k = 1; k < m && ok; k++) ok = infos[i + k].stem === p.stems[k];
        if (!ok) continue;
        if (!p.exclusion) {
          score[p.theme] += p.weight;
          trace?.push({ theme: cb.ids[p.theme], word: p.stems.join(' '), keyword: p.keyword, counted: true });
          continue;
        }
        for (let w = i; w < i + m; w++) {
          const at = infos[w].themes.indexOf(p.theme);
          if (at < 0 || taken.has(w * 65536 + p.theme)) continue;
          taken.add(w * 65536 + p.theme);
          score[p.theme] -= infos[w].weights[at];
          if (trace) for (let e = traceAt[w]; e < (traceAt[w + 1] ?? trace.length); e++) if (trace[e].theme === cb.ids[p.theme]) trace[e].counted = false;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) infos[i] = undefined as unknown as WordInfo; // let the cache own them
  return score;
}
