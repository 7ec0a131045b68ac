import * as v from 'valibot';
import { useEffect, useMemo, useSyncExternalStore } from 'react';

/**
 * What this device remembers for the reader (a dismissed box, a name for the
 * next comment). Storage can be switched off, full, or edited by hand: a value
 * is used only when it fits its schema and its size limit, and one that does
 * not is forgotten, so a corrupt or huge entry can neither show nor be sent.
 */
export const maxStoredChars = 1000;

function readText(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage is off; there is nothing to forget.
  }
}

/** The stored text as a value of the schema, or null when it is missing, too long or does not fit. */
function parseStored<T>(text: string | null, schema: v.GenericSchema<unknown, T>): T | null {
  if (text === null || text.length > maxStoredChars) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Written as plain text before values were JSON.
    value = text;
  }
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}

export function readStored<T>(key: string, schema: v.GenericSchema<unknown, T>): T | null {
  const text = readText(key);
  const value = parseStored(text, schema);
  if (text !== null && value === null) forget(key);
  return value;
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Remembers a value as JSON (null forgets it); one over the size limit is not kept. */
export function writeStored(key: string, value: unknown): void {
  const text = value === null ? null : JSON.stringify(value);
  try {
    if (text === null || text.length > maxStoredChars) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
  } catch {
    // Forgotten after this visit; the action itself has happened.
  }
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab subscribed or dismissed: this one follows.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/**
 * A remembered value as React state, shared by every component that shows it.
 * It is null in prerendered markup and while hydrating, so the page a device
 * sees first matches the build; the device's own value follows right after.
 * `schema` must be a constant (module level), as it keys the parsed value.
 */
export function useStored<T>(key: string, schema: v.GenericSchema<unknown, T>): T | null {
  const text = useSyncExternalStore(
    subscribe,
    () => readText(key),
    () => null,
  );
  const value = useMemo(() => parseStored(text, schema), [text, schema]);
  useEffect(() => {
    if (text !== null && value === null) forget(key);
  }, [key, text, value]);
  return value;
}

/** A "done" flag, such as a dismissed box (older builds stored `1`). */
export const storedFlag = v.union([v.literal(true), v.literal(1)]);
