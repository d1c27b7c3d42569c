import {
  decodeUtf8,
  detectDelimiter,
  formatOfFileName,
  ImportFileError,
  parseCsvRecords,
  parseImportFile,
  parseSubmittedAt,
} from './import-rows';

const NOW = new Date('2026-06-01T12:00:00Z');
const STORY = 'Hier habe ich als Kind jeden Sommer am Wasser gespielt.';

function csv(lines: string[], eol = '\n'): string {
  return lines.join(eol) + eol;
}

function fileError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFileError);
    return (e as Error).message;
  }
  throw new Error('expected an ImportFileError');
}

describe('CSV reading', () => {
  it('detects the delimiter from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('externalId;placeName;story;lon;lat')).toBe(';');
    expect(detectDelimiter('externalId,placeName,story,lon,lat')).toBe(',');
    expect(detectDelimiter('"a,b,c";x;y')).toBe(';');
  });

  it('parses RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes, CRLF and LF', () => {
    expect(parseCsvRecords('a,b\r\n"x, y","say ""hi"""\r\n"line1\r\nline2",z\n', ',')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line1\r\nline2', 'z'],
    ]);
    expect(parseCsvRecords('a;b\nc;', ';')).toEqual([['a', 'b'], ['c', '']]);
  });

  it('refuses an unterminated quote', () => {
    expect(fileError(() => parseCsvRecords('a,b\n"open,x\n', ','))).toMatch(/never closed.*line 2/);
  });

  it('reads a ;-separated file with BOM, CRLF and decimal commas', () => {
    const text =
      '\uFEFF' +
      csv(['ExternalID;placename;STORY;address;lon;lat;firstName;email;consent;submittedAt', `K-1;Phoenix-See;"${STORY}";Hörde;7,51;51,49;Ayşe;a@example.org;ja;2026-05-09`], '\r\n');
    const parsed = parseImportFile(Buffer.from(text, 'utf8'), 'csv', NOW);
    expect(parsed.refused).toEqual([]);
    expect(parsed.total).toBe(1);
    expect(parsed.rows).toEqual([
      {
        row: 1,
        externalId: 'K-1',
        placeName: 'Phoenix-See',
        story: STORY,
        address: 'Hörde',
        lon: 7.51,
        lat: 51.49,
        firstName: 'Ayşe',
        email: 'a@example.org',
        consent: true,
        submittedAt: '2026-05-08T22:00:00.000Z', // start of the day in Berlin (CEST)
      },
    ]);
  });

  it('reads a ,-separated file with decimal points and a story over several lines', () => {
    const text = csv(['externalId,placeName,story,lon,lat', `K-2,Westfalenpark,"Zeile eins,\r\nZeile zwei mit ""Zitat""",7.4766,51.4966`]);
    const { rows, refused } = parseImportFile(text, 'csv', NOW);
    expect(refused).toEqual([]);
    expect(rows[0]).toMatchObject({ externalId: 'K-2', story: 'Zeile eins,\nZeile zwei mit "Zitat"', lon: 7.4766, lat: 51.4966, address: null, email: null });
  });

  it('does not take decimal commas in a ,-separated file (the value splits the row)', () => {
    const { refused } = parseImportFile(csv(['externalId,placeName,story,lon,lat', `K-3,Ort,${STORY},7,51,51,49`]), 'csv', NOW);
    expect(refused[0].errors).toContain('row has 7 fields, the header has 5');
  });

  it('skips blank lines but keeps row numbers of the spreadsheet', () => {
    const { rows } = parseImportFile(csv(['externalId;placeName;story;lon;lat', `A;Ort;${STORY};7.5;51.5`, '', `B;Ort;${STORY};7.5;51.5`, '']), 'csv', NOW);
    expect(rows.map((r) => [r.row, r.externalId])).toEqual([
      [1, 'A'],
      [3, 'B'],
    ]);
  });

  it('honours Excel\'s "sep=" line', () => {
    const { rows } = parseImportFile(csv(['sep=;', 'externalId;placeName;story;lon;lat', `A;Ort, mit Komma;${STORY};7,5;51,5`]), 'csv', NOW);
    expect(rows[0]).toMatchObject({ placeName: 'Ort, mit Komma', lon: 7.5, lat: 51.5 });
  });

  it('refuses the file for an unknown, a duplicate or a missing column, an empty file and a header without rows', () => {
    expect(fileError(() => parseImportFile(csv(['externalId;placeName;story;lon;lat;telefon', '1;a;b;7;51;0']), 'csv', NOW))).toMatch(/Unknown column "telefon"/);
    expect(fileError(() => parseImportFile(csv(['externalId;placeName;story;lon;lat;Story']), 'csv', NOW))).toMatch(/"story" appears twice/);
    expect(fileError(() => parseImportFile(csv(['externalId;placeName;lon;lat', '1;a;7;51']), 'csv', NOW))).toMatch(/Missing required column "story"/);
    expect(fileError(() => parseImportFile('', 'csv', NOW))).toMatch(/empty/);
    expect(fileError(() => parseImportFile('\uFEFF  \r\n', 'csv', NOW))).toMatch(/empty/);
    expect(fileError(() => parseImportFile(csv(['externalId;placeName;story;lon;lat']), 'csv', NOW))).toMatch(/no data rows/);
    expect(fileError(() => parseImportFile(csv(['externalId;;story;lon;lat']), 'csv', NOW))).toMatch(/Column 2 has no name/);
  });

  it('refuses text that is not UTF-8', () => {
    const latin1 = Buffer.from('externalId;placeName;story;lon;lat\n1;M\xfcnsterstra\xdfe;x;7;51\n', 'latin1');
    expect(fileError(() => parseImportFile(latin1, 'csv', NOW))).toMatch(/not UTF-8/);
    expect(decodeUtf8(Buffer.from('\uFEFFabc', 'utf8'))).toBe('abc');
  });
});

describe('row validation', () => {
  const header = 'externalId;placeName;story;address;lon;lat;firstName;email;consent;submittedAt';
  const parse = (...rows: string[]) => parseImportFile(csv([header, ...rows]), 'csv', NOW);

  it('names every problem of a row by its field, with the submission limits', () => {
    const { rows, refused } = parse(`;${'x'.repeat(121)};;${'a'.repeat(201)};abc;;${'f'.repeat(41)};no-mail;vielleicht;morgen`);
    expect(rows).toEqual([]);
    expect(refused).toEqual([
      {
        row: 1,
        externalId: null,
        errors: [
          'externalId must be 1–100 characters',
          'placeName must be at most 120 characters',
          'story must be 1–2000 characters',
          'address must be at most 200 characters',
          'firstName must be at most 40 characters',
          'lon must be a number between -180 and 180',
          'lat is required',
          'email must be an email address',
          'consent must be one of true, false, ja, nein, 1, 0',
          'submittedAt must be an ISO date (2026-05-09) or date-time (2026-05-09T14:30)',
        ],
      },
    ]);
  });

  it('accepts the limits exactly and refuses one more', () => {
    const ok = parse(`${'i'.repeat(100)};${'p'.repeat(120)};${'s'.repeat(2000)};;7.5;51.5;;;;`);
    expect(ok.refused).toEqual([]);
    const tooLong = parse(`${'i'.repeat(101)};p;${'s'.repeat(2001)};;7.5;51.5;;;;`);
    expect(tooLong.refused[0].errors).toEqual(['externalId must be 1–100 characters', 'story must be 1–2000 characters']);
  });

  it('refuses coordinates that are not finite or out of range', () => {
    const { refused } = parse(`A;Ort;${STORY};;Infinity;91;;;;`, `B;Ort;${STORY};;0x10;NaN;;;;`);
    expect(refused.map((r) => r.errors)).toEqual([
      ['lon must be a number between -180 and 180', 'lat must be a number between -90 and 90'],
      ['lon must be a number between -180 and 180', 'lat must be a number between -90 and 90'],
    ]);
  });

  it('refuses a duplicate externalId on the later row only', () => {
    const { rows, refused } = parse(`K-7;Ort;${STORY};;7.5;51.5;;;;`, `K-8;Ort;${STORY};;7.5;51.5;;;;`, `K-7;Anderer Ort;${STORY};;7.5;51.5;;;;`);
    expect(rows.map((r) => r.externalId)).toEqual(['K-7', 'K-8']);
    expect(refused).toEqual([{ row: 3, externalId: 'K-7', errors: ['externalId "K-7" appears again (first in row 1)'] }]);
  });

  it('keeps an email only with consent and reads every consent spelling', () => {
    const { rows } = parse(
      `A;Ort;${STORY};;7.5;51.5;;a@example.org;nein;`,
      `B;Ort;${STORY};;7.5;51.5;;b@example.org;;`,
      `C;Ort;${STORY};;7.5;51.5;;c@example.org;1;`,
      `D;Ort;${STORY};;7.5;51.5;;d@example.org;TRUE;`,
      `E;Ort;${STORY};;7.5;51.5;;;0;`,
    );
    expect(rows.map((r) => [r.externalId, r.email, r.consent])).toEqual([
      ['A', null, false],
      ['B', null, null],
      ['C', 'c@example.org', true],
      ['D', 'd@example.org', true],
      ['E', null, false],
    ]);
  });

  it('cleans text as submissions do: trimmed, NFC, line breaks kept only in the story', () => {
    const { rows } = parse(`"  A  ";"Ort\nmit Umbruch";"Zeile 1\r\nZeile 2  ";"  ";7.5;51.5;;;;`);
    expect(rows[0]).toMatchObject({ externalId: 'A', placeName: 'Ort mit Umbruch', story: 'Zeile 1\nZeile 2', address: null });
  });

  it('refuses a submittedAt in the future and takes dates and date-times', () => {
    const { rows, refused } = parse(
      `A;Ort;${STORY};;7.5;51.5;;;;2026-06-02`,
      `B;Ort;${STORY};;7.5;51.5;;;;2026-05-09T14:30`,
      `C;Ort;${STORY};;7.5;51.5;;;;2026-01-09T14:30:00Z`,
    );
    expect(refused).toEqual([{ row: 1, externalId: 'A', errors: ['submittedAt must not be in the future'] }]);
    expect(rows.map((r) => r.submittedAt)).toEqual(['2026-05-09T12:30:00.000Z', '2026-01-09T14:30:00.000Z']);
  });
});

describe('parseSubmittedAt', () => {
  it('reads dates as the start of the day in Berlin and date-times without offset as Berlin time', () => {
    expect(parseSubmittedAt('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(parseSubmittedAt('2026-07-15T10:00:00')).toBe('2026-07-15T08:00:00.000Z');
    expect(parseSubmittedAt('2026-07-15T10:00:00+01:00')).toBe('2026-07-15T09:00:00.000Z');
    expect(parseSubmittedAt('2026-07-15T10:00:00.5Z')).toBe('2026-07-15T10:00:00.500Z');
  });

  it('refuses impossible dates and other formats', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '15.07.2026', '2026-07-15T25:00', 'yesterday']) expect(parseSubmittedAt(bad)).toBeNull();
  });
});

describe('GeoJSON reading', () => {
  const feature = (properties: Record<string, unknown>, coordinates: unknown = [7.51, 51.49], type = 'Point') => ({
    type: 'Feature',
    geometry: { type, coordinates },
    properties,
  });
  const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

  it('takes Point features with the CSV column names (case-insensitive) and [lon, lat]', () => {
    const text = collection(
      feature({ ExternalId: 17, placeName: 'Phoenix-See', story: STORY, consent: true, email: 'a@example.org' }),
      feature({ externalId: 'G-2', placeName: 'Westfalenpark', story: STORY, address: null }, [7.4766, 51.4966]),
    );
    const { rows, refused, total } = parseImportFile(Buffer.from('\uFEFF' + text), 'geojson', NOW);
    expect(refused).toEqual([]);
    expect(total).toBe(2);
    expect(rows.map((r) => [r.row, r.externalId, r.lon, r.lat, r.email])).toEqual([
      [1, '17', 7.51, 51.49, 'a@example.org'],
      [2, 'G-2', 7.4766, 51.4966, null],
    ]);
  });

  it('refuses a feature that is not a Point, and values of the wrong type, by row', () => {
    const { rows, refused } = parseImportFile(
      collection(
        feature({ externalId: 'P', placeName: 'Fläche', story: STORY }, [[[7, 51], [7.1, 51], [7, 51.1], [7, 51]]], 'Polygon'),
        { type: 'Feature', geometry: null, properties: { externalId: 'N', placeName: 'Ohne', story: STORY } },
        feature({ externalId: 'T', placeName: { de: 'Ort' }, story: STORY, consent: 'maybe' }),
        'no feature',
        feature({ externalId: 'OK', placeName: 'Ort', story: STORY }),
      ),
      'geojson',
      NOW,
    );
    expect(rows.map((r) => r.externalId)).toEqual(['OK']);
    expect(refused).toEqual([
      { row: 1, externalId: 'P', errors: ['geometry must be a Point with coordinates [lon, lat]', 'lon is required', 'lat is required'] },
      { row: 2, externalId: 'N', errors: ['geometry must be a Point with coordinates [lon, lat]', 'lon is required', 'lat is required'] },
      { row: 3, externalId: 'T', errors: ['placeName must be text', 'placeName must not be empty', 'consent must be one of true, false, ja, nein, 1, 0'] },
      { row: 4, externalId: null, errors: expect.arrayContaining(['feature must be a GeoJSON Feature']) },
    ]);
  });

  it('refuses the file when it is not a FeatureCollection, has no features, or has unknown or missing properties', () => {
    expect(fileError(() => parseImportFile('{"type":"Feature"}', 'geojson', NOW))).toMatch(/must be a FeatureCollection/);
    expect(fileError(() => parseImportFile('[1,2]', 'geojson', NOW))).toMatch(/must be a FeatureCollection/);
    expect(fileError(() => parseImportFile('{"type":"FeatureCollection"}', 'geojson', NOW))).toMatch(/no "features" array/);
    expect(fileError(() => parseImportFile(collection(), 'geojson', NOW))).toMatch(/no features/);
    expect(fileError(() => parseImportFile('{"type":', 'geojson', NOW))).toMatch(/not valid JSON/);
    expect(fileError(() => parseImportFile('', 'geojson', NOW))).toMatch(/empty/);
    expect(fileError(() => parseImportFile(collection(feature({ externalId: 'a', placeName: 'b', story: 'c', farbe: 'rot' })), 'geojson', NOW))).toMatch(
      /Unknown property "farbe"/,
    );
    expect(fileError(() => parseImportFile(collection(feature({ externalId: 'a', story: 'c' })), 'geojson', NOW))).toMatch(
      /Missing required property "placeName"/,
    );
  });

  it('refuses a duplicate externalId within the file on the later feature', () => {
    const { refused } = parseImportFile(
      collection(feature({ externalId: 'X', placeName: 'a', story: STORY }), feature({ externalId: 'X', placeName: 'b', story: STORY })),
      'geojson',
      NOW,
    );
    expect(refused).toEqual([{ row: 2, externalId: 'X', errors: ['externalId "X" appears again (first in row 1)'] }]);
  });
});

describe('formatOfFileName', () => {
  it('maps extensions to formats', () => {
    expect(formatOfFileName('karten.CSV')).toBe('csv');
    expect(formatOfFileName('a.geojson')).toBe('geojson');
    expect(formatOfFileName('a.json')).toBe('geojson');
    expect(formatOfFileName('a.xlsx')).toBeNull();
  });
});
