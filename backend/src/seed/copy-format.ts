/** A text[] literal (`{"a","b"}`) for COPY; plain arrays and objects are written as JSON (jsonb columns). */
export function pgTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** PostgreSQL COPY text format: tab-separated, `\N` for NULL, backslash escapes. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  const s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export function copyLine(values: unknown[]): string {
  return values.map(copyValue).join('\t') + '\n';
}
