/**
 * True when a text shows nothing: only spaces, line breaks and invisible
 * format characters (zero-width spaces and joiners, the byte-order mark,
 * direction marks), which a reader cannot see and a comment cannot be made of.
 */
export function isBlank(text: string): boolean {
  return /^[\s\p{Cf}]*$/u.test(text);
}
