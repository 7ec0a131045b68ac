/**
 * Which build this tab runs, and whether it reads WordPress live: what the
 * query client and the loaders need to know, apart from reading data files (page-data.ts).
 */

/**
 * `VITE_LIVE_REFRESH=true` (at build time) keeps the older behaviour for
 * sites that cannot trigger builds: views still open from the build's files,
 * then refresh from WordPress in the background.
 */
export const liveRefresh = import.meta.env.VITE_LIVE_REFRESH === 'true';

let runningCode: string | null = null;
let newerCode = false;

/** The build this tab runs, from the page it was started with (none on the dev server, in tests and stories). */
export function setRunningBuild(code: string | null): void {
  runningCode = code;
  newerCode = false;
}

export function runningBuild(): string | null {
  return runningCode;
}

/** The build manifest named other code than this tab runs. */
export function noteNewerBuild(): void {
  newerCode = true;
}

/** True once the site has been rebuilt with other code: this tab's next navigation loads the new build. */
export function newerBuildSeen(): boolean {
  return newerCode;
}
