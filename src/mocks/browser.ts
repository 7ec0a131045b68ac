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
  return scenario;
}
