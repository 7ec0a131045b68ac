import * as v from 'valibot';
import type { ContactConfig } from './contact-config';
import { checkPhone } from './phone';
import type { WeeklyHours } from './schedule';
import { agentSchema } from './agent-schema';

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

function readAgent(raw: unknown, index: number): AgentEntry {
  const label = (raw as { name?: unknown } | null)?.name;
  const name = typeof label === 'string' && label.trim() ? label.trim() : `Contact ${index + 1}`;
  const id = String((raw as { id?: unknown } | null)?.id ?? `contact-${index + 1}`);
  const result = v.safeParse(agentSchema, raw);
  const phone = result.success ? checkPhone(result.output.phone) : null;
  if (!result.success || !phone || 'problem' in phone) {
    const problem = result.success ? (phone as { problem: string }).problem : v.summarize(result.issues);
    console.warn(`Contact entry "${name}" is unavailable: ${problem}`);
    return { valid: false, agent: { id, name, problem } };
  }
  const { phone: _phone, ...agent } = result.output;
  return { valid: true, agent: { ...agent, digits: phone.digits } };
}

const checked = new WeakMap<ContactConfig, AgentEntry[]>();

/**
 * Every configured agent, checked: a valid one with its wa.me digits, or an
 * unavailable one with the reason (warned once per configuration).
 */
export function readAgents(config: ContactConfig): AgentEntry[] {
  let entries = checked.get(config);
  if (!entries) {
    entries = config.agents.map(readAgent);
    checked.set(config, entries);
  }
  return entries;
}

export function validAgents(config: ContactConfig): Agent[] {
  return readAgents(config).flatMap((entry) => (entry.valid ? [entry.agent] : []));
}
