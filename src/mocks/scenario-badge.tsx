import { useId } from 'react';
import type { ActiveScenario } from './active-scenario';
import { scenarios, type ScenarioName } from './scenarios';
import styles from './scenario-badge.module.css';

/**
 * Tells testers the reader runs on the mock and in which scenario, and lets
 * them switch: the choice goes into the URL, so it can be shared. Shown only
 * to testers (a scenario chosen in this tab, or the dev server), never to a
 * reader of a build; a strip above the page, so it covers nothing.
 */
// The dev server's hot-module API: present there only, whatever mode a build ran in.
const onDevServer = Boolean(import.meta.hot);

export function ScenarioBadge({ scenario, devServer = onDevServer }: { scenario: ActiveScenario; devServer?: boolean }) {
  const id = useId();
  if (!scenario.requested && !devServer) return null;
  const latency = scenario.name === 'slow' && scenario.options.latencyMs ? ` (${scenario.options.latencyMs} ms)` : '';
  function choose(name: ScenarioName) {
    const url = new URL(window.location.href);
    url.searchParams.set('scenario', name);
    window.location.assign(url.href);
  }
  return (
    <aside className={styles.badge} aria-label="Mock API">
      <details className={styles.details}>
        <summary className={styles.summary}>
          Mock · {scenario.name}
          {latency}
        </summary>
        <div className={styles.panel}>
          <label htmlFor={id} className={styles.label}>
            Scenario
          </label>
          <select id={id} className={styles.select} value={scenario.name} onChange={(event) => choose(event.target.value as ScenarioName)}>
            {Object.entries(scenarios).map(([name, description]) => (
              <option key={name} value={name} title={description}>
                {name}
              </option>
            ))}
          </select>
          <p className={styles.description}>{scenarios[scenario.name]}</p>
        </div>
      </details>
    </aside>
  );
}
