/** Text normalisation applied to every submitted string: NFC, no control characters (PostgreSQL refuses NUL), trimmed. */
export function cleanText(value: unknown, multiline = false): unknown {
  if (typeof value !== 'string') return value;
  const control = multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g : /[\u0000-\u001F\u007F]/g;
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(control, multiline ? '' : ' ').trim();
}
