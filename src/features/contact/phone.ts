import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export type PhoneCheck = { digits: string } | { problem: string };

/**
 * A WhatsApp number as wa.me wants it: the international digits, checked
 * against the country's numbering plan (libphonenumber's metadata). The entry
 * must be written internationally (`+86 …` or `0086 …`): wa.me reads bare
 * digits as a country code, so `13800138000` would reach a +1 number.
 * A trunk prefix written after the country code (`+86 (0)20…`, `+86 020…`)
 * is dropped only where the plan has one; Italy's leading 0 stays.
 * Imported by the panel's code only, so the metadata stays off the first view.
 */
export function checkPhone(input: string): PhoneCheck {
  const text = input.trim();
  if (!text) return { problem: 'no phone number is given' };
  if (/[^\d\s+\-.()]/.test(text)) return { problem: `"${text}" has characters a phone number cannot have` };
  const international = text.replace(/^\(?\s*(\+|00)/, '+');
  if (!international.startsWith('+')) {
    return { problem: `"${text}" has no country code: write it internationally, like +86 20 1234 5678` };
  }
  const parsed = parsePhoneNumberFromString(international);
  if (!parsed?.isValid()) return { problem: `"${text}" is not a valid number in its country's numbering plan` };
  return { digits: parsed.number.slice(1) };
}

/** The digits for wa.me, or null when the entry cannot be linked safely. */
export function normalizePhone(input: string): string | null {
  const result = checkPhone(input);
  return 'digits' in result ? result.digits : null;
}
