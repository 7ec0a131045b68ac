/**
 * A WhatsApp number as wa.me wants it: international digits only. Drops `+`,
 * spaces, dashes, dots and brackets, a leading `00`, and the trunk `(0)` that
 * some write after the country code (`+86 (0)20-1234 5678` → `862012345678`).
 * Returns null for anything that is not a plausible international number.
 */
export function normalizePhone(input: string): string | null {
  let text = input.trim();
  // "(0)" right after the country code is a trunk prefix that international dialling leaves out.
  text = text.replace(/^(\+?\s*\d{1,3})\s*\(0\)/, '$1');
  if (/[^\d\s+\-.()]/.test(text)) return null;
  let digits = text.replace(/[\s+\-.()]/g, '');
  if (text.startsWith('00') || (!text.startsWith('+') && digits.startsWith('00'))) digits = digits.slice(2);
  if (!/^[1-9]\d{7,14}$/.test(digits)) return null;
  return digits;
}
