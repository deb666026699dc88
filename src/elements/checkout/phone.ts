/**
 * Indonesian phone numbers as buyers type them: `0812-3456-7890`, `+62 812 3456 7890`,
 * `62812…`, `812…`, with spaces, dashes, dots or brackets. The API gets plain `62…` digits.
 */

/** Digits after the country code: 9 to 13 (10-digit national numbers such as 0811-234-567 still exist). */
const MIN_NATIONAL = 9;
const MAX_NATIONAL = 13;

/** `62…` digits, or null when the text is not an Indonesian number of a plausible length. */
export function normalizePhone(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  if (/[^\d\s+().-]/.test(raw)) return null;
  if (raw.indexOf('+') > 0) return null;
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('62')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  else if (raw.startsWith('+')) return null; // another country code
  if (digits.startsWith('0')) return null;
  if (digits.length < MIN_NATIONAL || digits.length > MAX_NATIONAL) return null;
  return `62${digits}`;
}

/** True when the text is a usable Indonesian number. */
export function isValidPhone(input: string): boolean {
  return normalizePhone(input) !== null;
}
