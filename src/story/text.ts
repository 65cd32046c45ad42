/**
 * Story text in several languages. Any text in a story is a plain string or a map of language tag
 * to string; readers get their own language when the story has it, else the story's first language.
 */

export type LocalText = string | Readonly<Record<string, string>>;

export interface PickedText {
  readonly text: string;
  /** The language the text is actually in (undefined for a plain string of unknown language). */
  readonly lang: string | undefined;
}

/** Remove control characters (keep tab and newline) so hostile strings cannot smuggle terminal or
 * layout tricks; markup stays harmless because the widgets render text, never HTML. */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

/**
 * The best text for a reader: exact tag, then the same primary language, then the story's languages
 * in order, then any text at all.
 */
export function pickText(
  text: LocalText | undefined,
  lang: string,
  storyLanguages: readonly string[] = [],
): PickedText {
  if (typeof text === 'string') return { text, lang: storyLanguages[0] };
  const keys = Object.keys(text ?? {});
  const wanted = lang.toLowerCase();
  const key =
    keys.find((k) => k.toLowerCase() === wanted) ??
    keys.find((k) => primary(k) === primary(wanted)) ??
    storyLanguages.find((l) => keys.includes(l)) ??
    keys[0];
  return { text: key ? text![key]! : '', lang: key };
}

/** Shorthand when only the string matters. */
export function textIn(text: LocalText | undefined, lang: string, storyLanguages: readonly string[] = []): string {
  return pickText(text, lang, storyLanguages).text;
}
