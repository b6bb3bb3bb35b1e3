/**
 * Canonical form of a Russian mobile number for comparison only: digits, with a leading 8 or a
 * missing country code turned into 7 (`8 900 000-00-72`, `+7 (900) 000 00 72`, `9000000072` are
 * equal). The result never leaves normalize: facts carry only whether two numbers match.
 */
export function canonicalPhone(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let digits = value.replace(/\D+/g, '');
  if (digits.length === 11 && digits.startsWith('8')) digits = `7${digits.slice(1)}`;
  if (digits.length === 10 && digits.startsWith('9')) digits = `7${digits}`;
  return digits.length >= 5 ? digits : null;
}
