/**
 * Which language a widget speaks and which way it writes: the nearest `lang` (the widget's, an
 * ancestor's across shadow roots, or the document's), and the direction of that language.
 */

export const SUPPORTED = ['en', 'ar', 'ckb'] as const;
export type Supported = (typeof SUPPORTED)[number];

const RTL = new Set(['ar', 'ckb', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv', 'ku-arab']);

/** The nearest declared language, else the document's, else English. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'en';
}

/** The supported catalogue for a language tag: exact, then primary subtag, then English. */
export function catalogueLang(lang: string): Supported {
  const lower = lang.toLowerCase();
  const primary = lower.split('-')[0] as Supported;
  if ((SUPPORTED as readonly string[]).includes(lower)) return lower as Supported;
  if ((SUPPORTED as readonly string[]).includes(primary)) return primary;
  return 'en';
}

/** Right to left for Arabic-script and Hebrew-script languages; Intl's text info when available. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  } catch {
    // Not a valid tag: fall through to the list.
  }
  const lower = lang.toLowerCase();
  return RTL.has(lower) || RTL.has(lower.split('-')[0]!) ? 'rtl' : 'ltr';
}

/** Pick the strings for a language from a per-widget catalogue. */
export function messagesFor<T>(catalogue: Readonly<Record<Supported, T>>, lang: string): T {
  return catalogue[catalogueLang(lang)];
}
