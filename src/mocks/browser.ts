import { setupWorker } from 'msw/browser';
import { readActiveScenario, type ActiveScenario } from './active-scenario';
import { handlers } from './handlers';
import { scenarioHandlers } from './scenarios';

export const worker = setupWorker(...handlers);

/** Starts the fake WordPress in this tab, in the scenario the tab chose; other requests go to the network. */
export async function startMockWorker(): Promise<ActiveScenario> {
  const scenario = readActiveScenario();
  worker.use(...scenarioHandlers(scenario.name, scenario.options));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return scenario;
}
