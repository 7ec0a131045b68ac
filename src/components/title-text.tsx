import type { ReactNode } from 'react';
import type { TitleRun } from '@/lib/title-markup';
import { HeadlineText } from './headline-text';

/**
 * A post's title with its inline markup (emphasis, code, super- and subscript)
 * when it has some, else its plain text. Each run goes through HeadlineText, so
 * short hyphenated words still stay whole.
 */
export function TitleText({ text, runs }: { text: string; runs?: TitleRun[] | null }) {
  if (!runs?.length) return <HeadlineText text={text} />;
  return runs.map((run, index) => <Marked key={index} run={run} />);
}

function Marked({ run }: { run: TitleRun }) {
  return run.marks.reduceRight<ReactNode>((inner, Mark) => <Mark>{inner}</Mark>, <HeadlineText text={run.text} />);
}
