/**
 * The one email rule, shared by the comment form, the newsletter box and the
 * mock WordPress, and modelled on what WordPress's `is_email()` accepts: a
 * local part of the characters it allows, and a domain of two or more labels
 * (letters, digits, inner hyphens) with no empty label, so `a@b..com` and
 * `a@b.com.` are refused before they are sent.
 */
const localPart = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/i;
const domainLabel = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export function isEmailAddress(text: string): boolean {
  if (text.length < 6 || text.length > 100) return false;
  const at = text.lastIndexOf('@');
  if (at < 1 || text.indexOf('@') !== at) return false;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  if (!localPart.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  return labels.length >= 2 && labels.every((label) => domainLabel.test(label)) && /^[a-z]{2,}$/i.test(labels.at(-1)!);
}
