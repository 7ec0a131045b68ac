import { http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import { readActiveScenario, readMockLanguage, type ActiveScenario } from './active-scenario';
import { setSiteLanguage } from './db';
import { handlers } from './handlers';
import { scenarioHandlers } from './scenarios';

/**
 * In a browser the site configuration comes from the server, as in a real
 * deployment, so a replaced `dist/site-config.json` takes effect without a
 * rebuild. The built-in copy in `handlers` serves tests and stories, which
 * have no static server.
 */
const siteConfigFromServer = http.get('*/site-config.json', () => passthrough());

/** The mock's service worker script, the one script URL a mock build registers. */
export const mockWorkerUrl = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

export const worker = setupWorker(siteConfigFromServer, ...handlers);

/**
 * `worker.start()` resolves once the worker is active. On a tab's first visit that can come before
 * the worker controls the page (its `clients.claim()` is still running), and a request sent in
 * between goes past the mock to the static host. So this waits for control, but not for ever: a
 * page loaded with a hard reload is never controlled, and its requests fail as they would anyway.
 */
function untilControlled(container: ServiceWorkerContainer, longest = 3000): Promise<void> {
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, longest);
    container.addEventListener('controllerchange', done);
  });
}

/** Starts the fake WordPress in this tab, in the scenario the tab chose; other requests go to the network. */
export async function startMockWorker(): Promise<ActiveScenario> {
  const scenario = readActiveScenario();
  const language = readMockLanguage();
  if (language) setSiteLanguage(language);
  worker.use(...scenarioHandlers(scenario.name, scenario.options));
  await worker.start({
    // Trusted Types: main.tsx's default policy lets this one script URL through.
    serviceWorker: { url: mockWorkerUrl },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  await untilControlled(navigator.serviceWorker);
  return scenario;
}
