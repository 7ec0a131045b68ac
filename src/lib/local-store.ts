import * as v from 'valibot';

/**
 * What this device remembers for the reader (a dismissed box, a name for the
 * next comment). Storage can be switched off, full, or edited by hand: a value
 * is used only when it fits its schema and its size limit, and one that does
 * not is forgotten, so a corrupt or huge entry can neither show nor be sent.
 */
export const maxStoredChars = 1000;

function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage is off; there is nothing to forget.
  }
}

export function readStored<T>(key: string, schema: v.GenericSchema<unknown, T>): T | null {
  let text: string | null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return null;
  }
  if (text === null) return null;
  if (text.length <= maxStoredChars) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Written as plain text before values were JSON.
      value = text;
    }
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
  }
  forget(key);
  return null;
}

export function writeStored(key: string, value: unknown): void {
  const text = JSON.stringify(value);
  if (text.length > maxStoredChars) return;
  try {
    localStorage.setItem(key, text);
  } catch {
    // Forgotten after this visit; the action itself has happened.
  }
}

/** A "done" flag, such as a dismissed box (older builds stored `1`). */
export const storedFlag = v.union([v.literal(true), v.literal(1)]);
