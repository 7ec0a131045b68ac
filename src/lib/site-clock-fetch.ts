import * as v from 'valibot';
import { apiRoot } from './config';
import { requestJson } from './http';
import type { SiteClock } from './site-clock';

const indexSchema = v.looseObject({
  timezone_string: v.optional(v.string(), ''),
  gmt_offset: v.optional(v.union([v.number(), v.pipe(v.string(), v.transform(Number))]), 0),
});

/** The site's clock from WordPress's REST index; loaded when the query first runs (site-clock.ts). */
export async function fetchSiteClock(signal?: AbortSignal): Promise<SiteClock> {
  const { data } = await requestJson(`${apiRoot()}/`, { schema: indexSchema, signal, query: { _fields: 'timezone_string,gmt_offset' } });
  return { timeZone: data.timezone_string, gmtOffset: Number.isFinite(data.gmt_offset) ? data.gmt_offset : 0 };
}
