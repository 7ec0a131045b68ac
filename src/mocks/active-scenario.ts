import { isScenarioName, type ScenarioName, type ScenarioOptions } from './scenarios';

const storageKey = 'mock-scenario';

export interface ActiveScenario {
  name: ScenarioName;
  options: ScenarioOptions;
  /** A tester chose it (in the address bar, now or earlier in this tab); readers never did. */
  requested?: boolean;
}

/**
 * The scenario for this tab: `?scenario=<name>` (and `&latency=<ms>`) chooses
 * it and it is kept in sessionStorage until the tab closes or another is chosen.
 */
export function readActiveScenario(location: Location = window.location): ActiveScenario {
  const params = new URLSearchParams(location.search);
  const requested = params.get('scenario');
  if (requested !== null) {
    const latency = Number(params.get('latency'));
    const chosen: ActiveScenario = {
      name: isScenarioName(requested) ? requested : 'normal',
      options: Number.isFinite(latency) && latency > 0 ? { latencyMs: Math.min(latency, 60_000) } : {},
    };
    if (!isScenarioName(requested)) console.warn(`Unknown mock scenario "${requested}"; using "normal".`);
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(chosen));
    } catch {
      // Storage is blocked: the choice holds for this page only.
    }
    return { ...chosen, requested: true };
  }
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as ActiveScenario | null;
    if (stored && isScenarioName(stored.name)) return { name: stored.name, options: stored.options ?? {}, requested: true };
  } catch {
    // A garbled entry means no choice was made.
  }
  return { name: 'normal', options: {} };
}

const languageKey = 'mock-locale';

/**
 * What a tab keeps of a tester's choices. A prerendered page of a mock build starts the app at once
 * when the tab holds either (public/boot.js, meta reader-start-if-stored): the scenario's strip and
 * language show on every page, not from the first touch.
 */
export const mockSessionKeys = [storageKey, languageKey];

/**
 * The site language a tester chose for the mock in this tab (`?locale=de-DE`,
 * kept in sessionStorage like the scenario), or null for the build's default.
 * It is the mock site's language: a prerendered page keeps the language it was built in.
 */
export function readMockLanguage(location: Location = window.location): string | null {
  const requested = new URLSearchParams(location.search).get('locale');
  try {
    if (requested !== null) sessionStorage.setItem(languageKey, requested);
    return requested ?? sessionStorage.getItem(languageKey);
  } catch {
    return requested;
  }
}
