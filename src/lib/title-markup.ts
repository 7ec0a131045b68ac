import { domWindow } from './dom';
import { policyFor, trustedTypesPolicies } from './trusted-types';

/** The inline markup a title keeps; everything else is read as its text. */
export type TitleMark = 'em' | 'strong' | 'code' | 'sup' | 'sub';

/** A stretch of a title's text and the inline markup around it, outermost first. */
export interface TitleRun {
  text: string;
  marks: TitleMark[];
}

const markOf: Record<string, TitleMark> = { EM: 'em', I: 'em', STRONG: 'strong', B: 'strong', CODE: 'code', SUP: 'sup', SUB: 'sub' };
const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * A WordPress title (`title.rendered`, HTML) as runs of text with their inline
 * markup (`em`, `strong`, `code`, `sup`, `sub`; `i` and `b` read as `em` and
 * `strong`), or null when it has none, so plain titles cost nothing more.
 * Entities are decoded once, by the parser: `Foo &amp;amp; Bar` reads
 * `Foo &amp; Bar`. Whitespace collapses as in the plain text, so the runs put
 * together are the title's text. No markup is ever passed on as HTML: the runs
 * are rendered as React elements.
 */
export function titleRuns(html: string): TitleRun[] | null {
  if (!/<(em|i|strong|b|code|sup|sub)\b/i.test(html)) return null;
  const window = domWindow();
  const policy = policyFor(window, trustedTypesPolicies.inertParse, { createHTML: (input) => input });
  const doc = new window.DOMParser().parseFromString(policy.createHTML(html) as string, 'text/html');
  const runs: TitleRun[] = [];
  const walk = (node: Node, marks: TitleMark[]) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ');
        const last = runs.at(-1);
        if (last && sameMarks(last.marks, marks)) last.text += text;
        else if (text) runs.push({ text, marks });
      } else if (child.nodeType === 1 && !skipped.has((child as Element).tagName)) {
        const mark = markOf[(child as Element).tagName];
        walk(child, mark && !marks.includes(mark) ? [...marks, mark] : marks);
      }
    }
  };
  walk(doc.body, []);
  trimRuns(runs);
  return runs.some((run) => run.marks.length) ? runs : null;
}

const sameMarks = (a: TitleMark[], b: TitleMark[]) => a.length === b.length && a.every((mark, index) => mark === b[index]);

/** Spaces collapse across runs and go at both ends, as in the plain text. */
function trimRuns(runs: TitleRun[]) {
  runs.forEach((run, index) => {
    if (index > 0 && runs[index - 1]?.text.endsWith(' ') && run.text.startsWith(' ')) run.text = run.text.slice(1);
  });
  const first = runs[0];
  if (first) first.text = first.text.trimStart();
  const last = runs.at(-1);
  if (last) last.text = last.text.trimEnd();
  for (let index = runs.length - 1; index >= 0; index--) if (!runs[index]?.text) runs.splice(index, 1);
}
