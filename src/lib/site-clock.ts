import * as v from 'valibot';
import { queryOptions } from '@tanstack/react-query';
import { apiRoot } from './config';
import { requestJson } from './http';

/** The site's clock, from WordPress's REST index: an IANA zone, or only an offset from UTC. */
export interface SiteClock {
  timeZone: string;
  gmtOffset: number;
}

const indexSchema = v.looseObject({
  timezone_string: v.optional(v.string(), ''),
  gmt_offset: v.optional(v.union([v.number(), v.pipe(v.string(), v.transform(Number))]), 0),
});

export const siteClockQuery = queryOptions({
  queryKey: ['site', 'clock'],
  queryFn: async ({ signal }): Promise<SiteClock> => {
    const { data } = await requestJson(`${apiRoot()}/`, { schema: indexSchema, signal, query: { _fields: 'timezone_string,gmt_offset' } });
    return { timeZone: data.timezone_string, gmtOffset: Number.isFinite(data.gmt_offset) ? data.gmt_offset : 0 };
  },
  staleTime: Infinity,
});
