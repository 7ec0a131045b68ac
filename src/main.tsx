import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { reportMockFailure } from './lib/mock-status';
import './app/styles/global.css';

/** Only a build without a real API loads the mock; with VITE_WP_API_URL set this is dropped from the bundle. */
async function startMock() {
  const [{ startMockWorker }, { ScenarioBadge }] = await Promise.all([import('./mocks/browser'), import('./mocks/scenario-badge')]);
  const scenario = await startMockWorker();
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(<ScenarioBadge scenario={scenario} />);
}

async function start() {
  // Written out (not `usesMockApi`) so the bundler sees a constant and drops the mock from real-API builds.
  if (!import.meta.env.VITE_WP_API_URL?.trim()) {
    try {
      await startMock();
    } catch (error) {
      // Without a service worker (an insecure origin, a private window that forbids it) the reader still starts and explains the failure per view.
      console.error('The built-in mock WordPress could not start.', error);
      reportMockFailure(error);
    }
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} />
    </StrictMode>,
  );
}

void start();
