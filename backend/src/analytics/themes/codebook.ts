/**
 * The default codebook of reasons why a place is loved (API.md, `themes`): 12 themes in the order of
 * the API, each with a German label and keywords in their base forms.
 *
 * Keyword syntax (read by `compileCodebook` in classifier.ts; an admin can use it in the editable
 * codebook too):
 * - `Park`      a word. Inflected forms match ("Parks", "Bäume" for "Baum") by inflection endings on
 *               the surface form. A capitalised keyword is a noun and also matches as part of a
 *               compound when it has at least 4 letters: as the head ("Stadtpark"), as the first
 *               part ("Parkbank") or inside ("Stadtparkbank").
 *               A lower-case keyword (verb, adjective) matches as a whole word only, also by Snowball
 *               stem ("ruhigsten") and as a participle with ge- ("gegrillt" for "grillen").
 * - `*See`      may be the head of a compound whatever its length ("Phoenixsee", "Stausee");
 *               `See*` may be the first part; with a star the unstarred side is not allowed.
 * - `=Ente`     whole word only (with inflection endings), never a compound part, and no
 *               stem conflation ("=früher" does not match "früh").
 * - `~Kaffee`   weak: counts ½; a theme needs 1, so a weak keyword needs a second weak one or any
 *               other keyword of the theme ("Kaffee" alone is no café visit, "früher" alone no memory).
 *               Counted once per word of the text.
 * - `!Parkhaus` exclusion: where it matches, this theme's matches in the same words do not count
 *               ("Parkhaus" is no park, "Bürger" no castle, "Signal Iduna Park" a stadium).
 * - several words (`erster Kuss`, `!Signal Iduna Park`): a phrase, matched on consecutive words by stem.
 * Markers combine in the order `!`, `~`, `=`, `*` (`~=Tee`, `~Park`).
 */

export interface ThemeDefinition {
  id: string;
  /** German label shown in the console */
  label: string;
  keywords: string[];
}

export const THEME_IDS = [
  'natur',
  'wasser',
  'industriekultur',
  'geschichte',
  'kultur',
  'sport',
  'gastronomie',
  'erinnerung',
  'gemeinschaft',
  'ruhe',
  'aussicht',
  'einkaufen',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

const kw = (s: string): string[] =>
  s
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

export const DEFAULT_CODEBOOK: readonly ThemeDefinition[] = [
  {
    id: 'natur',
    label: 'Natur und Grün',
    keywords: kw(`
      Natur, Naturschutzgebiet, ~Park, Stadtpark, Parkanlage, Wald, Baum, Wiese, Garten, Kleingarten, Schrebergarten, Blume, Blüte,
      blühen, grün, Grün, Grünfläche, Grünanlage, Grüngürtel, Grünzug, Pflanze, Rose, Rosarium, Seerose, Botanisch,
      Gewächshaus, Beet, Hecke, Strauch, Gebüsch, Moos, Farn, Pilz, Laub, Blatt, Kastanie, Eiche, Buche, Birke, Linde,
      Tanne, Orchidee, Kaktus, Kakteen, Kräuter, Bärlauch, Obstwiese, Gras, Feldweg, =Feld, =Heide, Moor, Aue, Wildnis,
      Landschaft, Wandern, wandern, Wanderweg, ~spazieren, ~Spaziergang, ~Spazierengehen, Tier, Tierpark, =Zoo, Vogel, Vogelgezwitscher, zwitschern, =Ente, Schwan,
      Gans, Reh, Fuchs, Hase, Igel, Eichhörnchen, Frosch, Kröte, Kaulquappe, Libelle, Schmetterling, Biene, Hummel,
      Insekt, Specht, Eisvogel, Reiher, Amsel, Nachtigall, Fledermaus, Pferd, Koppel, =Kuh, Schaf, Ziege, Bauernhof,
      Urban Gardening,
      !Parkhaus, !meditiere, !meditieren, !meditiert, !Parkplatz, !parken, !parkt, !Parkett, !Quartier, !natürlich, !Signal Iduna Park, !Freizeitpark, !Gänsehaut, !Biergarten, !Kindergarten
    `),
  },
  {
    id: 'wasser',
    label: 'Wasser',
    keywords: kw(`
      Wasser, Gewässer, *See, Seeufer, Seeblick, Seepromenade, Teich, Weiher, Tümpel, Kanal, Hafen, Hafenbecken, Fluss,
      Bach, Ufer, Strand, Emscher, =Ruhr, Lenne, Talsperre, Brunnen, Fontäne, Wasserspiel, Quelle, Gräfte,
      Wassergraben, Wasserschloss, Schleuse, Schiff, Boot, Kanu, paddeln, segeln, rudern, angeln, Angler, =baden,
      plätschern, Möwe, Schwan,
      !Ruhrgebiet, !Ruhrpott, !Kanalisation, !Käufer, !Einfluss, !Überfluss, !Flughafen, !Kirchenschiff,
      !Bachelor
    `),
  },
  {
    id: 'industriekultur',
    label: 'Industriekultur',
    keywords: kw(`
      Industriekultur, Industrie, Industriedenkmal, Industriebrache, Industriemuseum, Zeche, Zechensiedlung, Hochofen,
      Kokerei, Koks, Koksofen, Stahlwerk, Stahl, Stahlarbeiter, Hüttenwerk, Walzwerk, Gießerei, Fabrik, Förderturm,
      Fördergerüst, Fördermaschine, Seilscheibe, Hammerkopfturm, Malakowturm, Schacht, Stollen, Bergbau, Bergwerk,
      Bergmann, Bergleute, Kumpel, Kohle, Maloche, malochen, Malocher, Arbeitersiedlung, Kolonie, Werksgelände,
      Werkshalle, Maschinenhalle, Lohnhalle, Gasometer, Schornstein, Schlot, Brache, Bergehalde, Strukturwandel,
      Stilllegung, stillgelegt, Phoenix West, Phoenix Ost,
      !Diebstahl, !Holzkohle, !Grillkohle
    `),
  },
  {
    id: 'geschichte',
    label: 'Geschichte',
    keywords: kw(`
      Geschichte, historisch, Historie, Vergangenheit, Denkmal, denkmalgeschützt, Mahnmal, Gedenkstätte, Gedenken,
      Stolperstein, Mittelalter, mittelalterlich, Kirche, Dom, Kloster, Kapelle, Synagoge, Burg, Ruine,
      Schloss, Wasserschloss, Stadtmauer, Mauerreste, Fachwerk, Fachwerkhaus, Altstadt, Jahrhundert, jahrhundertealt,
      uralt, =Hanse, Hansestadt, Reichsstadt, Römer, romanisch, gotisch, Gotik, Barock, Altar, Weltkrieg, Kriegsende,
      Kriegszeit, Nachkriegszeit, im Krieg, vor dem Krieg, nach dem Krieg, Bunker, Drittes Reich, Gründung, gegründet, Stadtführung, Archäologie, Ausgrabung, Epoche, Tradition,
      !Bürger, !Burger, !Hamburg, !Duisburg, !Freiburg, !Magdeburg, !Augsburg, !Oldenburg, !Würzburg, !Regensburg,
      !Luxemburg, !Brandenburg, !Marburg, !Homburg
    `),
  },
  {
    id: 'kultur',
    label: 'Kultur',
    keywords: kw(`
      Kultur, Theater, Schauspiel, Schauspieler, Museum, Ausstellung, Konzert, Kino, Film, Kunst, Künstler, Kunstwerk,
      Skulptur, Galerie, Atelier, Graffiti, Streetart, Bibliothek, Bücherei, Lesung, Literatur, Oper, Opernhaus,
      Ballett, Bühne, Festival, Musik, Musiker, =Band, Chor, Orchester, Philharmonie, Philharmoniker, Jazz, =Jam,
      Kabarett, Comedy, Poetry Slam, Tanz, tanzen, Aufführung, Premiere, Vorstellung, Kulturzentrum, Zirkus, Varieté,
      Museen,
      !Kunststoff, !Kunstrasen, !künstlich, !Operation, !Thier-Galerie
    `),
  },
  {
    id: 'sport',
    label: 'Sport und Bewegung',
    keywords: kw(`
      Sport, Stadion, Westfalenstadion, =BVB, Borussia, Fußball, kicken, Bolzplatz, Tribüne,
      Südtribüne, Stehplatz, Fankurve, Dauerkarte, Heimspiel, Auswärtsspiel, Anpfiff, Trikot, =Fan, Meister,
      Meisterschaft, Pokal, Bundesliga, League, Derby, Mannschaft, =Tor, joggen, Jogging, Lauftreff, Laufrunde,
      Laufstrecke, Läufer, Marathon, Fahrrad, Rennrad, radeln, Radtour, Radfahren, Mountainbike, Radrennen, Radsport,
      Rennen, schwimmen, Schwimmbad, *Bad, Tennis, Tischtennis, Basketball, Volleyball, Handball, Eishockey, Eisbahn,
      Schlittschuh, klettern, Kletterhalle, bouldern, Boulderhalle, Skater, skaten, Skatepark, Training, trainieren,
      Fitness, =Yoga, Turnhalle, Sportplatz, Leichtathletik, Sprint, Sprinter, Kanu, paddeln, rudern, Golf, Minigolf,
      Cricket, Baseball, =Boule,
      !Transport, !Bürgermeister, !Meisterwerk
    `),
  },
  {
    id: 'gastronomie',
    label: 'Essen und Trinken',
    keywords: kw(`
      Gastronomie, Café, ~Kaffee, ~Cappuccino, ~Espresso, ~Latte, ~=Tee, Kneipe, Eckkneipe, Biergarten, Restaurant, Bistro,
      Imbiss, *Bude, Büdchen, Trinkhalle, Kiosk, Gaststätte, Brauhaus, Brauerei, Wirt, =Bar, Tresen, Theke, Pommes,
      Currywurst, Bratwurst, Döner, Pizza, Schnitzel, Backfisch, Waffel, ~Kuchen, Frühstück, frühstücken,
      Brunch, Eisdiele, Eiscafé, ~essen, ~trinken, ~getrunken, lecker, schmecken, ~Bier, ~Pils, ~Wein, ~Glühwein, ~Cocktail,
      ~Getränk,
      Speisekarte, Mittagstisch,
      !weinen, !geweint, !Wirtschaft, !probieren
    `),
  },
  {
    id: 'erinnerung',
    label: 'Erinnerungen',
    keywords: kw(`
      Erinnerung, erinnere mich, erinner mich, erinnert mich, erinnern mich, erinnern uns, Kindheit, als Kind, als Kinder, als Jugendlicher, als Teenager, als Schüler, Jugend,
      Jugendzeit, Schulzeit, =Oma, =Opa, Großeltern, Großvater, Großmutter, ~=früher, damals, Hochzeit, heiraten,
      geheiratet, Heiratsantrag, verlobt, erster Kuss, kennengelernt, kennenlernen, Jahrestag,
      unvergesslich, unvergessen, nie vergessen, vergess ich nie, Nostalgie, nostalgisch, aufgewachsen, aufwachsen,
      vermissen, Abiball, Abschlussball,
      !Jugendstil
    `),
  },
  {
    id: 'gemeinschaft',
    label: 'Gemeinschaft',
    keywords: kw(`
      Gemeinschaft, gemeinsam, ~zusammen, Zusammenhalt, miteinander, füreinander, Nachbar, Nachbarschaft, Freund,
      Freundin, Freundschaft, Clique, Kumpel, Verein, Familie, Verwandte, Geschwister, Kollege, *Fest, feiern, Feier,
      Party, grillen, treffen, trifft, getroffen, Treff, Treffpunkt, Stammtisch, Gespräch, quatschen, plaudern,
      Schwätzchen, klönen, unterhalten, Ehrenamt, ehrenamtlich, engagieren, umarmen, Gemeinde, Urban Gardening, kennt jeder jeden,
      jeder kennt jeden,
      !Feierabend, !Feiertag, !freundlich, !vereinbaren, !Vereinbarung, !vereinzelt, !vereinigt
    `),
  },
  {
    id: 'ruhe',
    label: 'Ruhe und Erholung',
    keywords: kw(`
      Ruhe, ruhig, Ruhepol, Stille, still, leise, friedlich, Frieden, entspannen, Entspannung, entspannt, abschalten,
      Pause, Auszeit, durchatmen, aufatmen, Erholung, erholen, ausruhen, Rückzugsort, Rückzug, Idylle, idyllisch, Oase,
      Entschleunigung, entschleunigen, Gelassenheit, Muße, nachdenken, lesen, dösen, verdösen, Hängematte, baumeln,
      Kopf frei, meditieren, Meditation, auftanken, Kraftort, runterkommen, komm ich runter, komme ich runter, beruhigend,
      *Bank, Parkbank, Sitzbank,
      !Stilllegung, !stillgelegt, !Ruhestand, !Spielbank, !Datenbank
    `),
  },
  {
    id: 'aussicht',
    label: 'Aussicht',
    keywords: kw(`
      Aussicht, Aussichtsturm, Aussichtsplattform, Blick, blicken, Ausblick, Weitblick, Fernsicht, Weitsicht, =Sicht, Panorama,
      Turm, Fernsehturm, Halde, =Berg, Gipfel, Horizont, Skyline, Dachterrasse, Skywalk, Sonnenuntergang, Sonnenaufgang,
      Lichtermeer, von oben, sieht man bis, schaut man bis, guckt man bis, blickt man,
      !Augenblick, !Einblick, !Rückblick, !Förderturm, !Kirchturm, !Glockenturm, !Hammerkopfturm, !Malakowturm
    `),
  },
  {
    id: 'einkaufen',
    label: 'Einkaufen und Märkte',
    keywords: kw(`
      Markt, Wochenmarkt, Flohmarkt, Trödelmarkt, Markthalle, Laden, Geschäft, einkaufen, Einkauf, kaufen, shoppen,
      Shopping, bummeln, Schaufenster, Bäcker, Bäckerei, Metzger, Metzgerei, Fleischer, Buchhandlung, Boutique,
      Fußgängerzone, Einkaufsstraße, Kaufhaus, Händler, Tüte, Feinkost, Secondhand, Second Hand, Bummel,
      !Alter Markt, !Weihnachtsmarkt
    `),
  },
];

/**
 * Words that are Dortmund place names containing a keyword by accident ("Gartenstadt",
 * "Kirchlinde", "Friedensplatz"); they never count for a theme. Street names ("…straße") are skipped
 * by rule in the classifier.
 */
export const DORTMUND_PLACE_WORDS: readonly string[] = [
  'Gartenstadt',
  'Kirchlinde',
  'Kirchhörde',
  'Kirchderne',
  'Lindenhorst',
  'Eichlinghofen',
  'Friedensplatz',
  'Bergkamen',
  'Berghofen',
];
