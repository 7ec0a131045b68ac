import * as v from 'valibot';

/** WordPress's `{ rendered: "<html>" }` fields (kept apart from wordpress.ts, so the first view needs no valibot). */
export const renderedSchema = v.object({ rendered: v.string() });
