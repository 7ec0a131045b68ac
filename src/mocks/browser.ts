import { http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import { readActiveScenario, type ActiveScenario } from './active-scenario';
import { trustedTypesOf, trustedTypesPolicies } from '@/lib/trusted-types';
import { handlers } from './handlers';
import { scenarioHandlers } from './scenarios';

/**
 * In a browser the site configuration comes from the server, as in a real
 * deployment, so a replaced `dist/site-config.json` takes effect without a
 * rebuild. The built-in copy in `handlers` serves tests and stories, which
 * have no static server.
 */
const siteConfigFromServer = http.get('*/site-config.json', () => passthrough());

export const worker = setupWorker(siteConfigFromServer, ...handlers);

/**
 * Under `require-trusted-types-for 'script'` registering a service worker needs
 * a TrustedScriptURL, and MSW passes a plain string. A default policy turns
 * that one URL, and no other, into a trusted one (README: Trusted Types).
 */
function trustMockWorkerScript(workerUrl: string): void {
  const factory = trustedTypesOf(window);
  if (!factory) return;
  const allowed = new URL(workerUrl, window.location.href).href;
  try {
    factory.createPolicy(trustedTypesPolicies.mockWorker, {
      createScriptURL: (url) => {
        if (new URL(url, window.location.href).href === allowed) return url;
        throw new TypeError(`Trusted Types: ${url} is not the mock's service worker script.`);
      },
    });
  } catch (error) {
    // A page that already has a default policy (or forbids one) keeps it; the worker may then fail to register, and says so.
    console.warn('The mock could not add its Trusted Types policy.', error);
  }
}

/** Starts the fake WordPress in this tab, in the scenario the tab chose; other requests go to the network. */
export async function startMockWorker(): Promise<ActiveScenario> {
  const workerUrl = `${import.meta.env.BASE_URL}mockServiceWorker.js`;
  trustMockWorkerScript(workerUrl);
  const scenario = readActiveScenario();
  worker.use(...scenarioHandlers(scenario.name, scenario.options));
  await worker.start({
    serviceWorker: { url: workerUrl },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return scenario;
}
