import { canonicalWord, Flag, ibanChecksumOk, triageText } from './triage';

type Code = Flag['code'];

const triage = (story: string, extra: { placeName?: string; address?: string | null; firstName?: string | null } = {}): Flag[] =>
  triageText({ placeName: extra.placeName ?? 'Phoenix-See', story, address: extra.address, firstName: extra.firstName });

/** the distinct codes found */
const codes = (story: string, extra?: Parameters<typeof triage>[1]): Code[] => [...new Set(triage(story, extra).map((f) => f.code))];
/** long enough that too_short never gets in the way of the other rules */
const pad = (s: string): string => `Am Phoenixsee ist es schön. ${s} Glück auf!`;

/** the story text each flag of `code` points at */
function spans(story: string, code: Code): string[] {
  return triage(story)
    .filter((f) => f.code === code)
    .map((f) => {
      expect(typeof f.start).toBe('number');
      expect(typeof f.end).toBe('number');
      return story.slice(f.start, f.end);
    });
}

describe('triageText: e-mail addresses', () => {
  it.each([
    ['anna.mueller@example.org', 'anna.mueller@example.org'],
    ['anna (at) example.org', 'anna (at) example.org'],
    ['anna(at)example.org', 'anna(at)example.org'],
    ['anna[at]example.org', 'anna[at]example.org'],
    ['anna {at} example.org', 'anna {at} example.org'],
    ['anna @ example . de', 'anna @ example . de'],
    ['anna.mueller at example dot org', 'anna.mueller at example dot org'],
    ['anna (ät) example (punkt) de', 'anna (ät) example (punkt) de'],
    ['ANNA.SCHMIDT@EXAMPLE.COM', 'ANNA.SCHMIDT@EXAMPLE.COM'],
    ['björn.krüger@example.de', 'björn.krüger@example.de'],
    ['fan_09+bvb@mail.example.net', 'fan_09+bvb@mail.example.net'],
  ])('finds %s', (addr, match) => {
    const story = pad(`Schreibt mir an ${addr}.`);
    expect(spans(story, 'pii_email')).toEqual([match]);
    expect(codes(story)).toEqual(['pii_email']);
  });

  it.each([
    'Wir waren at home und danach am See.',
    'Wir trafen uns @ Brückstraße. Es war ein lauer Abend.',
    'wir trafen uns @ phoenixsee. es war ein lauer abend.',
    'Folgt dem Hafen auf Twitter: @hafen_do',
    'I met my wife at the lake, dot by dot the sun went down.',
    'Meine Adresse schreibe ich hier nicht hin, at all.',
  ])('does not flag %s', (s) => {
    expect(codes(pad(s))).toEqual([]);
  });

  it('does not report an e-mail address as a link as well', () => {
    expect(codes(pad('Kontakt: info@herzensorte-example.de'))).toEqual(['pii_email']);
  });
});

describe('triageText: phone numbers', () => {
  it.each([
    '0231 1234567',
    '0231/123456',
    '0231-12 34 56',
    '0231 – 9 87 65 43',
    '(0231) 12 34 56',
    '0176/12345678',
    '0176 12345678',
    '0151-123 45 678',
    '02311234567',
    '0231.5566778',
    '+49 231 1234567',
    '+49 (0)176 12345678',
    '+49-231-1234567',
    '+4917612345678',
    '0049 231 1234567',
    '+44 20 7946 0958',
    '+1 (212) 555-0100',
    '0 1 7 6 1 2 3 4 5 6 7 8',
  ])('finds %s', (phone) => {
    const story = pad(`Ruft mich gern an: ${phone}, am besten abends.`);
    expect(spans(story, 'pii_phone')).toEqual([phone]);
    expect(codes(story)).toEqual(['pii_phone']);
  });

  it.each([
    ['Tel. 12 34 56', '12 34 56'],
    ['Meine Nummer ist 123456', '123456'],
    ['WhatsApp 157 32145698', '157 32145698'],
  ])('finds a number without area code after a phone keyword: %s', (s, match) => {
    expect(spans(pad(s), 'pii_phone')).toEqual([match]);
  });

  it.each([
    'Ich bin 1999 hergezogen und seit 2026 in Rente.',
    'Von 1990-2005 habe ich in Hörde gewohnt, von 1998 bis 2004 in Eving.',
    'Die Adresse ist 44139 Dortmund, Hohe Straße 12.',
    'Kaiserstraße 12-14, 44135 Dortmund',
    'Am 12.05.2026 feiere ich, am 12.5. auch, und am 01.05.2019 habe ich geheiratet.',
    'Um 18:30 Uhr geht es los, geöffnet 10-18 Uhr, Mo–Fr 9–17 Uhr, Sa 09 – 14 h.',
    'Öffnungszeiten 0900-1800 Uhr, laut Schild 0900-2300.',
    'Ein Pils kostet 3,50 €, ein kleines 0,3 l für 2,40 €.',
    'Seit 20 Jahren war ich mit über 80.000 Zuschauern bei jedem Heimspiel.',
    'Mit der U42, der Linie 440 und dem Bus 456 komme ich hin, mit der U 44 auch.',
    'BVB 09 ist mein Verein, gegründet 1909, Trikotnummer 09.',
    'Wir haben 0:2 verloren und 5:2 gewonnen, 2024-05-01 war ein Feiertag.',
    'Die Koordinaten sind 51.4925, 7.5186.',
    'Block 13, Reihe 24, Platz 7, Dauerkarte Nummer 1909.',
    'Die Vorwahl 0231 kenne ich seit meiner Kindheit, und 08/15 ist hier nichts.',
    'Auf Tafel Nr. 0815 steht es, und ich war 1.000.000 Mal da.',
    'Das Kennzeichen DO-HS 1234 hatte mein Vater, auf 104,2 MHz lief Radio.',
  ])('does not flag %s', (s) => {
    expect(codes(pad(s))).toEqual([]);
  });

  it('does not check the address for phone numbers, but the place name and first name', () => {
    expect(codes(pad('Schön hier.'), { address: 'Hohe Straße 12, 44139 Dortmund' })).toEqual([]);
    expect(codes(pad('Schön hier.'), { address: 'Kaiserstraße 112, 0231 1234567' })).toEqual([]);
    expect(codes(pad('Schön hier.'), { placeName: 'Westfalenpark 0231 5023005' })).toEqual(['pii_phone']);
    expect(codes(pad('Schön hier.'), { firstName: 'Klaus 0176 11223344' })).toEqual(['pii_phone']);
  });
});

describe('triageText: IBAN', () => {
  it.each([
    'DE89 3704 0044 0532 0130 00',
    'DE89370400440532013000',
    'DE89-3704-0044-0532-0130-00',
    'de89 3704 0044 0532 0130 00',
    'AT61 1904 3002 3457 3201',
    'GB82 WEST 1234 5698 7654 32',
    'NL91 ABNA 0417 1643 00',
    'CH93 0076 2011 6238 5295 7',
    'FR14 2004 1010 0505 0001 3M02 606',
  ])('finds %s (valid checksum)', (iban) => {
    const story = pad(`Spenden bitte an ${iban}, danke!`);
    expect(spans(story, 'pii_iban')).toEqual([iban]);
    expect(codes(story)).toEqual(['pii_iban']);
    expect(triage(story).find((f) => f.code === 'pii_iban')?.detail).toBe(`IBAN: ${iban.slice(0, 4).toUpperCase()} …`);
  });

  it.each(['DE89 3704 0044 0532 0130 01', 'DE12 3456 7890 1234 5678 90', 'GB82 WEST 1234 5698 7654 33'])('does not flag %s (wrong checksum), nor its digits as a phone number', (iban) => {
    expect(codes(pad(`Die Nummer ${iban} war falsch.`))).toEqual([]);
  });

  it('validates the ISO 13616 mod-97 checksum', () => {
    expect(ibanChecksumOk('DE89370400440532013000')).toBe(true);
    expect(ibanChecksumOk('DE89370400440532013001')).toBe(false);
    expect(ibanChecksumOk('GB82WEST12345698765432')).toBe(true);
    expect(ibanChecksumOk('gb82west12345698765432')).toBe(true);
    expect(ibanChecksumOk('XX00')).toBe(false);
  });
});

describe('triageText: links', () => {
  it.each([
    ['https://example.org/herzensorte/phoenixsee', 'https://example.org/herzensorte/phoenixsee'],
    ['http://example.com/angebot.', 'http://example.com/angebot'],
    ['www.example.com/fotos', 'www.example.com/fotos'],
    ['WWW.PARTY-NORDSTADT.DE', 'WWW.PARTY-NORDSTADT.DE'],
    ['zechen-tour-blog.de', 'zechen-tour-blog.de'],
    ['instagram.com/schwarzgelb_fan', 'instagram.com/schwarzgelb_fan'],
    ['trikot-outlet.ru', 'trikot-outlet.ru'],
    ['kleingarten.info', 'kleingarten.info'],
    ['doener.shop', 'doener.shop'],
    ['(bit.ly/see-sunset)', 'bit.ly/see-sunset'],
    ['t.me/altermarkt_do', 't.me/altermarkt_do'],
    ['youtu.be/abc123', 'youtu.be/abc123'],
    ['bäckerei-müller.de', 'bäckerei-müller.de'],
    ['fuehrungen.example.org', 'fuehrungen.example.org'],
  ])('finds %s', (link, match) => {
    const story = pad(`Mehr dazu: ${link} – schaut mal rein.`);
    expect(spans(story, 'spam_link')).toEqual([match]);
    expect(codes(story)).toEqual(['spam_link']);
  });

  it.each([
    'Z.B. am Wochenende, u.a. mit Freunden, bzw. mit der Familie, ca. 3 Stunden.',
    'Die Hohe Str. 12 und St. Reinoldi liegen nah beieinander, e.V. und U.S. auch.',
    'Der Turm ist 208.5 Meter hoch, die Runde 3.2 km lang, Web 2.0, RUHR.2010.',
    'Ich liebe Dortmund.Ein Ort wie kein anderer.Das ist Heimat.',
    'Ich war gestern im Westfalenpark.Es war so schön!Die Rosen blühen gerade.So muss es sein.',
    'wir sitzen oft am hafen.es ist da so ruhig.im sommer grillen wir mit freunden.so schön',
    'Meine Fotos heißen IMG_2034.JPG, m.E. und i.d.R. sind das viele, ggf. zu viele.',
    'It was 5 p.m. at St. Reinoldi, i.e. rush hour. No.1 place for me.',
    'Vor 20 Jahren.ca 5000 Leute waren da, heute mehr.no idea why.',
  ])('does not flag %s', (s) => {
    expect(codes(pad(s))).toEqual([]);
  });

  it('flags links and e-mail addresses in the address field', () => {
    expect(codes(pad('Schön.'), { address: 'Am Rombergpark 49b, 44225 Dortmund, www.gaertnerei-beispiel.de' })).toEqual(['spam_link']);
    expect(codes(pad('Schön.'), { address: 'Betenstraße 4, jutta.m@example.org' })).toEqual(['pii_email']);
    const flag = triage(pad('Schön.'), { address: 'Hohe Str. 12, www.example.de' }).find((f) => f.code === 'spam_link');
    expect(flag).toEqual({ code: 'spam_link', detail: 'Adresse – Link: www.example.de' });
  });
});

describe('triageText: profanity', () => {
  it.each([
    ['Die Baustelle ist einfach Scheiße.', 'Scheiße'],
    ['Scheiß auf Schalke!', 'Scheiß'],
    ['So ein Scheißladen.', 'Scheißladen'],
    ['Diese Scheiß-Baustelle nervt.', 'Scheiß'],
    ['Das ist echt scheisse hier.', 'scheisse'],
    ['Das ist SCHEISSE.', 'SCHEISSE'],
    ['Das war sch31ße.', 'sch31ße'],
    ['Das war scheiiiiße.', 'scheiiiiße'],
    ['Das war s.c.h.e.i.ß.e, ehrlich.', 's.c.h.e.i.ß.e'],
    ['Schei$$e, was für ein Spiel.', 'Schei$$e'],
    ['Das Wetter war sch***e.', 'sch***e'],
    ['Der Typ ist ein Arschloch.', 'Arschloch'],
    ['Wer das macht, ist ein A****loch.', 'A****loch'],
    ['A-R-S-C-H-L-O-C-H steht an der Wand.', 'A-R-S-C-H-L-O-C-H'],
    ['Das sind Arschlöcher.', 'Arschlöcher'],
    ['Was für ein Drecksloch.', 'Drecksloch'],
    ['Die sind einfach Wichser.', 'Wichser'],
    ['Du Hurensohn.', 'Hurensohn'],
    ['Echte Vollidioten sind das.', 'Vollidioten'],
    ['Was für Idioten.', 'Idioten'],
    ['Der Schiri war ein Spast.', 'Spast'],
    ['Eine richtige Missgeburt.', 'Missgeburt'],
    ['Vor dem Bahnhof liegen Penner.', 'Penner'],
    ['Überall Hundekacke.', 'Hundekacke'],
    ['Fick dich, Winter!', 'Fick'],
    ['Fuck, ist das schön hier!', 'Fuck'],
    ['This place is fucking amazing.', 'fucking'],
    ['F*cking Baustelle.', 'F*cking'],
    ['F U C K Schalke!', 'F U C K'],
    ['Shit, Kamera vergessen.', 'Shit'],
    ['Die Absperrung ist sh1t.', 'sh1t'],
    ['What an asshole he was.', 'asshole'],
    ['Those bitches at the bar.', 'bitches'],
    ['Ein richtiger Klugscheißer.', 'Klugscheißer'],
    ['Mir ist das scheißegal.', 'scheißegal'],
    ['Jeder Lahmarsch schafft das.', 'Lahmarsch'],
    ['Die Drecksau hat mein Rad geklaut.', 'Drecksau'],
  ])('finds %s', (s, match) => {
    const story = pad(s);
    expect(spans(story, 'profanity')).toEqual([match]);
    expect(codes(story)).toEqual(['profanity']);
    expect(triage(story).find((f) => f.code === 'profanity')?.detail).toBe(`Schimpfwort: ${match}`);
  });

  it.each([
    'Am Schwanenteich und am Schwanenwall füttern wir die Schwäne, der Fuchsschwanz wächst am Ufer.',
    'Der Kunstbau, die Analyse und die Klasse: alles im Wasser, auf der Passage.',
    'Es war die Hölle, verdammt, aber ein geiles Spiel. Mist, Mütze weg!',
    'Penne mit Pesto, Shiitake-Burger, Shitake, Kirscheis und Pistazieneis.',
    'Mein Mann zahlt mit Bitcoin, die Assel unter dem Stein war süß.',
    'Eine Praxis für Kinder mit Spastik, spastisch gelähmt, ein Spastiker-Sportverein.',
    'Meine erste Arschbombe vom Dreimeterbrett im Freibad!',
    'Die Kokerei war eine Dreckschleuder, ich war ein Dreckspatz, Opa machte die Drecksarbeit, auf den Fenstern eine Dreckschicht.',
    'Unser Shitzu und der Dackel der Nachbarn sind dicke Freunde.',
    'Idiotensicher war unter Tage nichts.',
    'Beim Fußmarsch, beim Marsch der Bergmannskapelle und mit dem Rotbarsch, harsch und barsch.',
    'Die Piste, die Pistole, das Pissoir und Pissarro.',
    'Wir entscheiden bescheiden, wer die Scheibe Brot bekommt, und waren ausgeschieden.',
    'Ein Ass im Ärmel, dicke Freunde, Dick und Doof, ein Wichtel, wichtig!',
    'Bürger*innen und Nachbar*innen, Dortmunder*innen.',
    'Yamashita and Matsushita visited Scunthorpe, Essex and Middlesex; a classic assistant, a bassist, a cocktail.',
    'Das Schwanken der Boote, der Wankelmotor, die Trottellumme.',
  ])('does not flag %s', (s) => {
    expect(codes(pad(s))).toEqual([]);
  });

  it('checks place name and first name, with the field named in the detail and no offsets', () => {
    const flags = triage(pad('Schön.'), { placeName: 'Scheißbaustelle Hbf', firstName: 'Arschgeige' }).filter((f) => f.code === 'profanity');
    expect(flags).toEqual([
      { code: 'profanity', detail: 'Ortsname – Schimpfwort: Scheißbaustelle' },
      { code: 'profanity', detail: 'Vorname – Schimpfwort: Arschgeige' },
    ]);
  });

  it('folds words for matching: case, umlauts both ways, ß, leetspeak, repeated letters', () => {
    expect(canonicalWord('Scheiße')).toBe(canonicalWord('SCHEISSE'));
    expect(canonicalWord('Scheiße')).toBe(canonicalWord('scheiiiße'));
    expect(canonicalWord('Scheiße')).toBe(canonicalWord('sch31ße'));
    expect(canonicalWord('Arschlöcher')).toBe(canonicalWord('Arschloecher'));
    expect(canonicalWord('Arschlöcher')).toBe(canonicalWord('Arschlocher'));
    expect(canonicalWord('Scheiße')).toBe(canonicalWord('Scheiße'.normalize('NFD')));
    expect(canonicalWord('1909')).toBe('1909');
  });
});

describe('triageText: too short', () => {
  it.each([
    ['Toll!', 5],
    ['   Einfach schön   ', 13],
    ['❤️', 2],
    ['🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂', 11],
    ['', 0],
    ['Ich liebe den See!!', 19],
  ])('flags %j (%i characters)', (s, n) => {
    expect(triage(s)).toContainEqual({ code: 'too_short', detail: `Text zu kurz (${n} Zeichen)` });
  });

  it.each(['Ich liebe den See!!!', 'Hier gibt es Elefanten'])('does not flag %j', (s) => {
    expect(triage(s)).toEqual([]);
  });
});

describe('triageText: flags and offsets', () => {
  it('reports every problem with offsets into the story, in story order', () => {
    const story =
      'Der Westfalenpark ist Scheiße geworden, seit es Eintritt kostet! Beschwerden an beschwerde@example.org oder 0231 5550123, ' +
      'Spenden an DE89 3704 0044 0532 0130 00, Infos auf www.example.de 😊';
    const flags = triage(story);
    expect(flags.map((f) => [f.code, story.slice(f.start, f.end)])).toEqual([
      ['profanity', 'Scheiße'],
      ['pii_email', 'beschwerde@example.org'],
      ['pii_phone', '0231 5550123'],
      ['pii_iban', 'DE89 3704 0044 0532 0130 00'],
      ['spam_link', 'www.example.de'],
    ]);
    expect(flags.map((f) => f.detail)).toEqual([
      'Schimpfwort: Scheiße',
      'E-Mail-Adresse: beschwerde@example.org',
      'Telefonnummer: 0231 5550123',
      'IBAN: DE89 …',
      'Link: www.example.de',
    ]);
  });

  it('keeps offsets right after emoji and other surrogate pairs', () => {
    const story = '😊😊 Ruft an: 0231 1234567 ❤️ oder schreibt an 💛🖤 anna@example.org';
    for (const f of triage(story)) {
      const text = story.slice(f.start, f.end);
      expect(f.detail.endsWith(text)).toBe(true);
    }
    expect(triage(story).map((f) => f.code)).toEqual(['pii_phone', 'pii_email']);
  });

  it('returns no flags for a clean story', () => {
    expect(
      triageText({
        placeName: 'Zeche Zollern II/IV',
        story: 'Die Maschinenhalle von 1902/03 ist für mich das Schloss der Arbeit. Grubenweg 5, 44388 Dortmund, Führung sonntags um 11 Uhr für 4 €.',
        address: 'Grubenweg 5, 44388 Dortmund',
        firstName: 'Jörg (67)',
      }),
    ).toEqual([]);
  });

  it('handles null and missing optional fields', () => {
    expect(triageText({ placeName: '', story: 'Ein schöner Ort mitten in der Stadt.', address: null, firstName: null })).toEqual([]);
  });
});
