/**
 * Pure pieces of the CSV export. Spreadsheets run a cell that starts with = + - @ tab or carriage
 * return as a formula (OWASP "CSV injection"); such text cells get a leading apostrophe, which Excel
 * and LibreOffice show as text. The same rule runs in SQL for the streamed export
 * (`neutralisedSql`) and here for tests and small outputs (`neutralise`).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The same rule as an SQL expression over a text expression. */
export function neutralisedSql(expr: string): string {
  return `CASE WHEN ${expr} ~ '^[=+@\\t\\r-]' THEN '''' || ${expr} ELSE ${expr} END`;
}

export type CsvDialect = { delimiter: ';' | ','; decimalComma: boolean };

/** `;` with decimal commas opens right in German Excel; `delimiter=,` gives decimal points. */
export function dialectOf(delimiter: unknown): CsvDialect {
  if (delimiter === undefined || delimiter === ';') return { delimiter: ';', decimalComma: true };
  if (delimiter === ',') return { delimiter: ',', decimalComma: false };
  throw new Error('delimiter must be ";" (default) or ","');
}

/** RFC 4180: a field with the delimiter, a quote, CR or LF is quoted, quotes doubled. */
export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Pure: parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF); used by tests to read exports back. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
