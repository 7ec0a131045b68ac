import * as v from 'valibot';
import { normalizePhone } from './phone';
import { weekdays, type WeeklyHours } from './schedule';

const time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time like 09:00'));
const hoursSchema = v.record(v.picklist(weekdays), v.array(v.tuple([time, time])));

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const agentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1)),
  role: v.optional(v.string(), ''),
  phone: v.string(),
  avatar: v.optional(v.nullable(v.string()), null),
  message: v.optional(v.nullable(v.string()), null),
  timeZone: v.pipe(v.string(), v.check(validTimeZone, 'an IANA time zone such as Asia/Shanghai')),
  hours: hoursSchema,
});

const sectionSchema = v.object({
  title: v.optional(v.string(), 'Chat with us'),
  subtitle: v.optional(v.string(), ''),
  callToAction: v.optional(v.string(), 'Start a chat'),
  position: v.optional(v.picklist(['left', 'right']), 'right'),
  message: v.optional(v.string(), ''),
  offlineClickable: v.optional(v.boolean(), true),
  hiddenOn: v.optional(v.array(v.string()), []),
  greeting: v.optional(
    v.nullable(v.object({ text: v.pipe(v.string(), v.minLength(1)), delaySeconds: v.optional(v.pipe(v.number(), v.minValue(0)), 8) })),
    null,
  ),
  agents: v.array(v.unknown()),
});

export interface Agent {
  id: string;
  name: string;
  role: string;
  /** International digits for wa.me. */
  digits: string;
  avatar: string | null;
  message: string | null;
  timeZone: string;
  hours: WeeklyHours;
}

/** A configured entry we cannot link safely: shown as unavailable, never as a broken link. */
export interface UnavailableAgent {
  id: string;
  name: string;
  problem: string;
}

export type AgentEntry = { valid: true; agent: Agent } | { valid: false; agent: UnavailableAgent };

export interface ContactConfig extends Omit<v.InferOutput<typeof sectionSchema>, 'agents'> {
  entries: AgentEntry[];
}

function readAgent(raw: unknown, index: number): AgentEntry {
  const label = (raw as { name?: unknown } | null)?.name;
  const name = typeof label === 'string' && label.trim() ? label.trim() : `Contact ${index + 1}`;
  const id = String((raw as { id?: unknown } | null)?.id ?? `contact-${index + 1}`);
  const result = v.safeParse(agentSchema, raw);
  let problem: string | null = result.success ? null : v.summarize(result.issues);
  const digits = result.success ? normalizePhone(result.output.phone) : null;
  if (result.success && !digits) problem = `"${result.output.phone}" is not an international phone number`;
  if (problem || !result.success || !digits) {
    console.warn(`Contact entry "${name}" is unavailable: ${problem}`);
    return { valid: false, agent: { id, name, problem: problem ?? 'invalid' } };
  }
  const { phone: _phone, ...agent } = result.output;
  return { valid: true, agent: { ...agent, digits } };
}

/** The `contact` section of the site configuration, or null (with a warning) when there is none to show. */
export function readContactConfig(section: unknown): ContactConfig | null {
  if (section === undefined || section === null) return null;
  const result = v.safeParse(sectionSchema, section);
  if (!result.success) {
    console.warn(`The contact widget is hidden: its configuration is invalid (${v.summarize(result.issues)}).`);
    return null;
  }
  const { agents, ...rest } = result.output;
  return { ...rest, entries: agents.map(readAgent) };
}
