/** PostgreSQL COPY text format: tab-separated, `\N` for NULL, backslash escapes. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return copyValue(`{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  const s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export function copyLine(values: unknown[]): string {
  return values.map(copyValue).join('\t') + '\n';
}
