/**
 * Import files (paper cards from a city festival, transcribed): CSV or GeoJSON → validated rows.
 *
 * Pure: no Nest, no I/O; the clock comes in as `now`. File-level problems (not UTF-8, unknown or missing
 * column, not a FeatureCollection, no rows) throw an ImportFileError and refuse the whole file; problems of a
 * row refuse only that row, with reasons that name the field. The limits are those of the public submission
 * (FIELD_LIMITS in entries/dto/entry-fields.ts).
 */
import { isEmail, maxLength } from 'class-validator';
import { FIELD_LIMITS } from '../entries/dto/entry-fields';
import { cleanText } from '../entries/text';
import { fromBerlin, wallClockMs } from '../common/berlin-time';

export const IMPORT_FORMATS = ['csv', 'geojson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Header names (matched case-insensitively) in their canonical spelling. */
export const IMPORT_COLUMNS = ['externalId', 'placeName', 'story', 'address', 'lon', 'lat', 'firstName', 'email', 'consent', 'submittedAt'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
/** Without these a CSV file cannot give a single valid row. */
export const REQUIRED_CSV_COLUMNS: ImportColumn[] = ['externalId', 'placeName', 'story', 'lon', 'lat'];
/** In GeoJSON lon/lat come from the point geometry. */
export const REQUIRED_GEOJSON_PROPERTIES: ImportColumn[] = ['externalId', 'placeName', 'story'];

/** One valid row, ready for district, cells, triage and themes. */
export interface ImportRow {
  /** 1-based number of the data row (CSV: the header is not counted; GeoJSON: the feature's position). */
  row: number;
  externalId: string;
  placeName: string;
  story: string;
  address?: string | null;
  lon: number;
  lat: number;
  firstName?: string | null;
  /** Only set with consent: an email without consent is dropped, never stored. */
  email?: string | null;
  consent?: boolean | null;
  /** ISO instant; absent means "now" at import. */
  submittedAt?: string | null;
}

export interface RefusedRow {
  row: number;
  externalId: string | null;
  errors: string[];
}

export interface ParsedImport {
  format: ImportFormat;
  /** Data rows in the file (blank CSV lines not counted). */
  total: number;
  rows: ImportRow[];
  refused: RefusedRow[];
}

/** The whole file is refused (the HTTP layer answers 400 with this message, the CLI exits with 1). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** A row as read from the file: raw values by canonical column, before validation. */
export interface RawRecord {
  row: number;
  values: Partial<Record<ImportColumn, unknown>>;
  /** Problems found while reading (wrong field count, wrong geometry). */
  errors: string[];
}

/** The submission's limits, and externalId's (also the CHECK of migration 1764100000000-Import). */
const LIMITS = { ...FIELD_LIMITS, externalId: 100 };
const CANONICAL = new Map(IMPORT_COLUMNS.map((c) => [c.toLowerCase(), c]));

function canonicalColumn(name: string): ImportColumn | undefined {
  return CANONICAL.get(name.trim().toLowerCase());
}

/** Bytes → text: UTF-8 only (with or without BOM); anything else (e.g. Windows-1252 from Excel) is refused. */
export function decodeUtf8(input: Uint8Array | string): string {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new ImportFileError('The file is not UTF-8 text: save it as "CSV UTF-8" (or GeoJSON in UTF-8) and try again');
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---------------------------------------------------------------- CSV

/** `;` or `,`, whichever occurs more often in the header line outside quotes (`,` on a tie). */
export function detectDelimiter(headerLine: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * RFC 4180 records: fields in double quotes may hold delimiters, line breaks and doubled quotes; CRLF or LF
 * end a record. A quote inside an unquoted field is kept as a character. An unterminated quote refuses the file.
 */
export function parseCsvRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let recordStartLine = 1;
  let line = 1;
  const n = text.length;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    recordStartLine = line;
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // quoted field
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      if (!closed) throw new ImportFileError(`The CSV file has a quoted field that is never closed (it starts on line ${recordStartLine})`);
      // characters between the closing quote and the next delimiter are kept as they are
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      line++;
      i += 2;
      endRecord();
    } else if (ch === '\n' || ch === '\r') {
      line++;
      i++;
      endRecord();
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length) endRecord();
  return records;
}

function headerColumns(header: string[], required: ImportColumn[], what: 'column' | 'property'): (ImportColumn | null)[] {
  const seen = new Set<ImportColumn>();
  const columns = header.map((name, index) => {
    const trimmed = name.trim();
    if (!trimmed) throw new ImportFileError(`${what === 'column' ? `Column ${index + 1}` : 'A property'} has no name in the header`);
    const column = canonicalColumn(trimmed);
    if (!column) throw new ImportFileError(`Unknown ${what} "${trimmed}": the known ${what}s are ${IMPORT_COLUMNS.join(', ')}`);
    if (seen.has(column)) throw new ImportFileError(`The ${what} "${column}" appears twice in the header`);
    seen.add(column);
    return column;
  });
  const missing = required.filter((c) => !seen.has(c));
  if (missing.length) {
    throw new ImportFileError(`Missing required ${what}${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`);
  }
  return columns;
}

/** CSV text → raw records (header checked; blank lines skipped but counted, so row numbers match the spreadsheet). */
export function readCsv(text: string): { records: RawRecord[]; decimalComma: boolean } {
  let body = text;
  // Excel's "sep=;" hint line
  let delimiter: ';' | ',' | undefined;
  const hint = /^sep=([;,])\r?\n/i.exec(body);
  if (hint) {
    delimiter = hint[1] as ';' | ',';
    body = body.slice(hint[0].length);
  }
  if (!body.trim()) throw new ImportFileError('The file is empty');
  const firstLine = body.split(/\r?\n|\r/, 1)[0];
  delimiter ??= detectDelimiter(firstLine);
  const [header, ...rows] = parseCsvRecords(body, delimiter);
  const columns = headerColumns(header, REQUIRED_CSV_COLUMNS, 'column');
  const records: RawRecord[] = [];
  rows.forEach((fields, index) => {
    if (fields.length === 1 && fields[0].trim() === '') return; // blank line
    const values: RawRecord['values'] = {};
    const errors: string[] = [];
    if (fields.length !== columns.length) errors.push(`row has ${fields.length} fields, the header has ${columns.length}`);
    columns.forEach((column, i) => {
      if (column && i < fields.length) values[column] = fields[i];
    });
    records.push({ row: index + 1, values, errors });
  });
  if (!records.length) throw new ImportFileError('The file has a header but no data rows');
  return { records, decimalComma: delimiter === ';' };
}

// ---------------------------------------------------------------- GeoJSON

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A FeatureCollection of Point features → raw records; lon/lat come from the geometry. */
export function readGeoJson(text: string): RawRecord[] {
  if (!text.trim()) throw new ImportFileError('The file is empty');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ImportFileError('The file is not valid JSON');
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection') throw new ImportFileError('The GeoJSON file must be a FeatureCollection');
  if (!Array.isArray(doc.features)) throw new ImportFileError('The FeatureCollection has no "features" array');
  if (!doc.features.length) throw new ImportFileError('The FeatureCollection has no features');
  // unknown and missing properties refuse the file, as unknown and missing CSV columns do
  const names = new Map<ImportColumn, string>();
  for (const feature of doc.features) {
    if (!isObject(feature) || !isObject(feature.properties)) continue;
    for (const key of Object.keys(feature.properties)) {
      const column = canonicalColumn(key);
      if (!column) throw new ImportFileError(`Unknown property "${key}": the known properties are ${IMPORT_COLUMNS.join(', ')}`);
      const other = names.get(column);
      if (other !== undefined && other !== key && Object.prototype.hasOwnProperty.call(feature.properties, other)) {
        throw new ImportFileError(`The property "${column}" appears twice in a feature ("${other}" and "${key}")`);
      }
      names.set(column, key);
    }
  }
  const missing = REQUIRED_GEOJSON_PROPERTIES.filter((c) => !names.has(c));
  if (missing.length) throw new ImportFileError(`Missing required propert${missing.length > 1 ? 'ies' : 'y'} ${missing.map((c) => `"${c}"`).join(', ')}`);
  return doc.features.map((feature: unknown, index: number): RawRecord => {
    const values: RawRecord['values'] = {};
    const errors: string[] = [];
    if (!isObject(feature) || feature.type !== 'Feature') {
      return { row: index + 1, values, errors: ['feature must be a GeoJSON Feature'] };
    }
    if (isObject(feature.properties)) {
      for (const [key, value] of Object.entries(feature.properties)) {
        const column = canonicalColumn(key)!;
        if (column !== 'lon' && column !== 'lat') values[column] = value;
      }
    }
    const g = feature.geometry;
    if (!isObject(g) || g.type !== 'Point' || !Array.isArray(g.coordinates) || g.coordinates.length < 2) {
      errors.push('geometry must be a Point with coordinates [lon, lat]');
    } else {
      values.lon = g.coordinates[0];
      values.lat = g.coordinates[1];
    }
    return { row: index + 1, values, errors };
  });
}

// ---------------------------------------------------------------- validation

function text(value: unknown, field: string, errors: string[], multiline = false): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') {
    errors.push(`${field} must be text`);
    return null;
  }
  return (cleanText(value, multiline) as string) || null;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function coordinate(value: unknown, field: 'lon' | 'lat', decimalComma: boolean, errors: string[]): number | null {
  const max = field === 'lon' ? 180 : 90;
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.trim()) {
    let s = value.trim();
    if (decimalComma && /^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
    n = NUMBER.test(s) ? Number(s) : NaN;
  } else {
    errors.push(`${field} is required`);
    return null;
  }
  if (!Number.isFinite(n) || n < -max || n > max) {
    errors.push(`${field} must be a number between -${max} and ${max}`);
    return null;
  }
  return n;
}

const CONSENT: Record<string, boolean> = { true: true, false: false, ja: true, nein: false, '1': true, '0': false };

function consentOf(value: unknown, errors: string[]): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  const key = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (key === '') return null;
  if (key !== undefined && key in CONSENT) return CONSENT[key];
  errors.push('consent must be one of true, false, ja, nein, 1, 0');
  return null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * ISO date (a day in Europe/Berlin: its start) or date-time (without offset: Berlin time) → ISO instant.
 * Returns null for a value that is not such a date.
 */
export function parseSubmittedAt(value: string): string | null {
  const d = DATE.exec(value);
  const t = d ? null : DATE_TIME.exec(value);
  const m = d ?? t;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = t ? [Number(t[4]), Number(t[5]), Number(t[6] ?? 0)] : [0, 0, 0];
  const ms = t?.[7] ? Number(t[7].slice(0, 3).padEnd(3, '0')) : 0;
  const wall = wallClockMs(year, month, day, hour, minute, second, ms);
  if (wall === null) return null;
  const zone = t?.[8];
  let instant: number;
  if (!zone) instant = fromBerlin(wall);
  else if (zone.toUpperCase() === 'Z') instant = wall;
  else {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    instant = wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return new Date(instant).toISOString();
}

/** One raw record → a valid row, or the reasons it is refused (each names its field). */
export function validateRecord(record: RawRecord, decimalComma: boolean, now: Date): { row?: ImportRow; errors: string[]; externalId: string | null } {
  const errors = [...record.errors];
  const v = record.values;
  const externalId = text(v.externalId, 'externalId', errors);
  if (!externalId || !maxLength(externalId, LIMITS.externalId)) errors.push(`externalId must be 1–${LIMITS.externalId} characters`);
  const placeName = text(v.placeName, 'placeName', errors);
  if (!placeName) errors.push('placeName must not be empty');
  else if (!maxLength(placeName, LIMITS.placeName)) errors.push(`placeName must be at most ${LIMITS.placeName} characters`);
  const story = text(v.story, 'story', errors, true);
  if (!story || !maxLength(story, LIMITS.story)) errors.push(`story must be 1–${LIMITS.story} characters`);
  const address = text(v.address, 'address', errors);
  if (address && !maxLength(address, LIMITS.address)) errors.push(`address must be at most ${LIMITS.address} characters`);
  const firstName = text(v.firstName, 'firstName', errors);
  if (firstName && !maxLength(firstName, LIMITS.firstName)) errors.push(`firstName must be at most ${LIMITS.firstName} characters`);
  const lon = coordinate(v.lon, 'lon', decimalComma, errors);
  const lat = coordinate(v.lat, 'lat', decimalComma, errors);
  const email = text(v.email, 'email', errors);
  if (email && (!maxLength(email, LIMITS.email) || !isEmail(email))) errors.push('email must be an email address');
  const consent = consentOf(v.consent, errors);
  let submittedAt: string | null = null;
  const when = text(v.submittedAt, 'submittedAt', errors);
  if (when) {
    submittedAt = parseSubmittedAt(when);
    if (!submittedAt) errors.push('submittedAt must be an ISO date (2026-05-09) or date-time (2026-05-09T14:30)');
    else if (Date.parse(submittedAt) > now.getTime()) errors.push('submittedAt must not be in the future');
  }
  if (errors.length) return { errors, externalId };
  return {
    errors,
    externalId,
    row: {
      row: record.row,
      externalId: externalId!,
      placeName: placeName!,
      story: story!,
      address,
      lon: lon!,
      lat: lat!,
      firstName,
      // stored only with consent, as the public submission does
      email: email && consent === true ? email : null,
      consent,
      submittedAt,
    },
  };
}

/** Validates all records; a later row with an externalId seen before in the file is refused. */
export function validateRecords(records: RawRecord[], decimalComma: boolean, now: Date): { rows: ImportRow[]; refused: RefusedRow[] } {
  const rows: ImportRow[] = [];
  const refused: RefusedRow[] = [];
  const firstRow = new Map<string, number>();
  for (const record of records) {
    const result = validateRecord(record, decimalComma, now);
    const id = result.externalId;
    if (id) {
      const first = firstRow.get(id);
      if (first !== undefined) result.errors.push(`externalId "${id}" appears again (first in row ${first})`);
      else firstRow.set(id, record.row);
    }
    if (result.row && !result.errors.length) rows.push(result.row);
    else refused.push({ row: record.row, externalId: id, errors: result.errors });
  }
  return { rows, refused };
}

/** The format a file name implies: .csv → csv, .geojson/.json → geojson. */
export function formatOfFileName(name: string): ImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  return null;
}

/** A whole file → valid rows and refused rows; throws ImportFileError when the file itself is refused. */
export function parseImportFile(input: Uint8Array | string, format: ImportFormat, now: Date = new Date()): ParsedImport {
  const text = decodeUtf8(input);
  let records: RawRecord[];
  let decimalComma = false;
  if (format === 'csv') ({ records, decimalComma } = readCsv(text));
  else records = readGeoJson(text);
  const { rows, refused } = validateRecords(records, decimalComma, now);
  return { format, total: records.length, rows, refused };
}
