/**
 * Word lists for the profanity check (German and English). Written naturally; triage.ts folds every
 * entry with the same canonicalWord() as the text (lowercase, ä/ae → a, ö/oe → o, ü/ue → u, ß/ss → s,
 * leetspeak, repeated letters collapsed), so "Scheiße", "Scheisse", "SCHEIIISSE", "sch31ße" and
 * "s.c.h.e.i.ß.e" all meet the same entry. Matching is per word (token), never across words:
 *
 * - exact:  the whole word must be the entry ("Spast", "Penner", "Depp"),
 * - prefix: the word starts with the entry ("Scheiß…", "Arsch…", "Drecks…", "Fick…", "Shit…"),
 * - infix:  the entry anywhere in the word, for compounds ("Vollidiot", "Drecksarschloch",
 *           "Hundescheiße", "motherfucker", "abgefuckt"),
 * - allow:  innocent words that a prefix or infix would catch; always wins.
 *
 * Decisions on borderline words (a flag only puts the entry in front of a moderator; it never rejects):
 * - "Schwanenteich", "Schwanenwall", "Schwäne", "Fuchsschwanz": clean – "Schwan" is no stem, and
 *   "Schwanz" (tail) is not flagged on its own, only "Schwanzlutscher".
 * - "Kunstbau", "Analyse", "Klasse", "Wasser", "Passion", "Assel", "Penne", "pennen", "Bitcoin",
 *   "Marsch", "Barsch", "harsch", "Kirscheis", "entscheiden", "ausscheiden", "Scheibe",
 *   "Yamashita"/"Matsushita": clean (stems are anchored at word starts, "scheiße" only as an infix).
 * - "Hölle", "verdammt", "Mist", "Mistwetter", "geil", "crap", "damn", "hell", "blöd", "doof": not
 *   profanity (mild or everyday language).
 * - "Fickenstraße" and similar street or family names ("Fickert", "Fickmühlen"): allowed – proper
 *   names are not insults; any other "Fick…" word is flagged.
 * - "Arschbacken", "arschkalt", "am Arsch der Welt": flagged (vulgar, a moderator should look).
 *   "Arschbombe" (the cannonball jump into the pool) is allowed: it is the everyday name of the jump.
 * - "Spastik", "spastisch", "Spastiker": medical terms, allowed; "Spast", "Spasti", "Spasten" flagged.
 * - "Shitake"/"Shiitake" allowed; "Shitstorm" flagged (vulgar loanword).
 * - "Kackbraun", "Kackwetter", "Kacke", "Hundekacke": flagged (vulgar, stronger than "Mist").
 * - "Penner": flagged (always derogatory, for homeless people or as an insult); "Penne" is pasta.
 * - "Assi"/"Asi": not flagged – after folding "Asi" equals the Turkish first name "Asi"; a moderator
 *   will see an insult sentence through its other words more often than not.
 * - "Dreckschleuder", "Dreckspatz", "Dreckschicht", "Dreckspritzer": allowed ("Dreck" + noun, not "Drecks-"); "Dreck" and "dreckig"
 *   are not flagged, "Drecksloch", "Drecksau", "Dreckskerl" are.
 * - "Pissoir", "Pissarro", "Piste", "Pistole": clean; "Pisse", "pissen", "Pisser", "verpiss dich" flagged.
 * - "wanken", "Wankelmotor": clean (only "wanker" as a whole word); "Ass" (ace, "Ass im Ärmel"): clean.
 * - "Hurenkind" (typesetting term): allowed.
 * - "Trottellumme" (a seabird), "Idiotikon" (a dialect dictionary) and "idiotensicher" (foolproof) allowed.
 * - "Drecksarbeit" (the dirty work, e.g. under ground) allowed; "Dreckswetter" flagged.
 * - "Marsch", "Barsch", "Fußmarsch": clean – "…arsch" at the end of a word is only flagged for the listed
 *   insults ("Affenarsch", "Lahmarsch", "Geizarsch"); "verarschen" is not flagged (colloquial).
 * - "behindert", "Opfer", "Lappen", "Horst", "Dick", "Ass" (ace): not flagged – ordinary words or names
 *   in German; only the unambiguous compounds ("Vollhorst", "dickhead", "asshole", "dumbass") are.
 * - "Retardtablette": allowed (only the English "retard", "retarded" are flagged, as whole words).
 * - Slurs ("Kanake", "Neger", "Schwuchtel") are flagged as profanity.
 */
export const PROFANITY = {
  exact: [
    // German
    'Arsch', 'Spast', 'Spasti', 'Spasten', 'Spastis', 'Spacko', 'Spackos', 'Penner', 'Pennern', 'Pennerin', 'Pennerinnen',
    'Schlampe', 'Schlampen', 'Depp', 'Deppen', 'Vollhorst', 'Vollhorste', 'Bastard', 'Bastarde', 'Fresse', 'Kanake', 'Kanaken',
    'Neger', 'Negern', 'Schwachkopf', 'Schwachköpfe', 'Hure', 'Huren', 'Nutte', 'Nutten', 'Miststück', 'Titten',
    // "…arsch" compounds only as whole words ("Marsch", "Barsch", "Fußmarsch" end the same way)
    'Affenarsch', 'Lahmarsch', 'Geizarsch', 'Fettarsch', 'Klugscheißer',
    // "piss…" only as whole words: after folding "Pisse" is "pise", and a "pis…" prefix would catch "Piste", "Pistole"
    'Pisse', 'pissen', 'pisst', 'Pisser', 'pissed', 'pissing', 'Pissbude',
    // English
    'dumbass', 'jackass', 'dickhead', 'dickheads', 'wanker', 'wankers', 'twat', 'twats', 'slut', 'sluts',
    'moron', 'morons', 'retard', 'retards', 'retarded', 'cunt', 'cunts', 'whore', 'whores', 'bastards', 'prick', 'pricks',
    'bollocks', 'bullshit', 'dipshit', 'jerkoff',
  ],
  prefix: [
    'scheiß', 'scheiss', 'arsch', 'drecks', 'wichs', 'wix', 'kack', 'verpiss', 'fick', 'hurens', 'fotz',
    'schwuchtel', 'shit', 'bitch', 'fuck', 'asshole', 'motherfuck',
  ],
  infix: [
    'scheiße', 'scheisse', 'arschloch', 'arschlöcher', 'arschgeige', 'arschkriecher', 'hurensohn', 'hurensöhne', 'fotze',
    'wichser', 'wixxer', 'gefickt', 'verfickt', 'fickt', 'fuck', 'missgeburt', 'idiot', 'trottel', 'vollpfosten',
    'hackfresse', 'pissnelke', 'schwanzlutscher', 'kacke', 'drecksau', 'dreckskerl', 'bullshit', 'horseshit',
  ],
  allow: [
    'Arschbombe', 'Arschbomben', 'Dreckschleuder', 'Dreckschleudern', 'Dreckspatz', 'Dreckspatzen', 'Pissoir', 'Pissoirs',
    'Pissarro', 'Shitake', 'Shiitake', 'Shiitakepilze', 'Trottellumme', 'Trottellummen', 'Idiotikon', 'Fickenstraße',
    'Fickenstrasse', 'Fickert', 'Fickmühlen', 'Wixhausen', 'Kackerlake', 'Spastik', 'Spastiker', 'spastisch', 'Hurenkind', 'Hurenkinder',
    'Bitche', 'idiotensicher', 'idiotensichere', 'idiotensicheren', 'Drecksarbeit', 'Dreckschicht', 'Dreckschichten',
    'Dreckspritzer', 'Shitzu',
  ],
  /** What a '*'-censored word may stand for ("f*ck", "sch***e", "A****loch"). */
  wildcardTargets: [
    'fuck', 'fucking', 'fucker', 'shit', 'bitch', 'asshole', 'cunt', 'scheiße', 'scheiß', 'arsch', 'arschloch', 'wichser',
    'fotze', 'hurensohn', 'ficken', 'fick', 'kacke', 'idiot', 'idioten', 'vollidiot', 'spast', 'schlampe', 'missgeburt',
  ],
} as const;
