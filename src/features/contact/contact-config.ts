import * as v from 'valibot';

const sectionSchema = v.object({
  // Empty: the interface's own words, in the site's language (contact-panel.tsx).
  title: v.optional(v.string(), ''),
  subtitle: v.optional(v.string(), ''),
  callToAction: v.optional(v.string(), ''),
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

export interface ContactConfig extends v.InferOutput<typeof sectionSchema> {
  /** Each entry as configured; the panel's code checks them (contact-agents.ts), so the phone metadata stays off the first view. */
  agents: unknown[];
}

/** The `contact` section of the site configuration, or null (with a warning) when there is none to show. */
export function readContactConfig(section: unknown): ContactConfig | null {
  if (section === undefined || section === null) return null;
  const result = v.safeParse(sectionSchema, section);
  if (!result.success) {
    console.warn(`The contact widget is hidden: its configuration is invalid (${v.summarize(result.issues)}).`);
    return null;
  }
  if (result.output.agents.length === 0) {
    console.warn('The contact widget is hidden: its configuration lists no agents.');
    return null;
  }
  return result.output;
}
