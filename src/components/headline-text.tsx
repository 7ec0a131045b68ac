import styles from './headline-text.module.css';

// A word joined by hyphens ("24-Hour", "EU-Japan"), short enough that breaking it helps nobody.
const shortCompound = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+)/u;
const longestKeptWhole = 16;

/**
 * A headline's text with its short hyphenated words kept on one line: the
 * browser would otherwise break after the hyphen ("24-" / "Hour"). Long words
 * still wrap (the headline's CSS allows breaking a word only when it cannot fit).
 */
export function HeadlineText({ text }: { text: string }) {
  const parts = text.split(shortCompound);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 && part.length <= longestKeptWhole ? (
      <span key={index} className={styles.whole}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}
