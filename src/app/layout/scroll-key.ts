import type { Location } from 'react-router-dom';

const stateField = 'scrollEntry';
let loadedEntryKey: string | null = null;

/**
 * The key a scroll position is saved under. React Router gives every entry it
 * creates a key of its own, but the entry a page was loaded into is always
 * "default": one shared slot, so a link opened in the same tab used to start
 * at the position of whatever page was loaded there before. That entry gets a
 * key of its own, kept in its history state so a reload or a Back from another
 * site still finds it. Only called from effects and events, never in render.
 */
export function scrollKey(location: Location): string {
  if (location.key !== 'default') return location.key;
  if (loadedEntryKey) return loadedEntryKey;
  // First called when the router starts, while the loaded entry is the current one.
  const state = (window.history.state ?? {}) as Record<string, unknown>;
  const saved = state[stateField];
  loadedEntryKey = typeof saved === 'string' ? saved : `load-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  if (saved !== loadedEntryKey) window.history.replaceState({ ...state, [stateField]: loadedEntryKey }, '');
  return loadedEntryKey;
}
