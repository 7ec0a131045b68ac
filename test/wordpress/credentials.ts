import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mockBuildCredentials } from '../build-credentials';

/** The real site's Application Password for the build, as seed-pages.php wrote it. */
export function wordpressBuildCredentials(): { user: string; password: string } {
  return JSON.parse(readFileSync(join(process.env.WORDPRESS_WORK!, 'build-credentials.json'), 'utf8')) as { user: string; password: string };
}

export const basicAuth = ({ user, password }: { user: string; password: string }) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

/** Each site's own build user. */
export const credentialsOf = (site: 'mock' | 'wordpress') => (site === 'mock' ? mockBuildCredentials : wordpressBuildCredentials());
