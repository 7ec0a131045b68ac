/**
 * What this device remembers for the reader (a dismissed box, a name for the
 * next comment). Storage can be switched off or full: then nothing is
 * remembered and nothing breaks.
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Forgotten after this visit; the action itself has happened.
  }
}
