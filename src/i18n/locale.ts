/**
 * Which language a widget speaks and which way it writes: the nearest `lang` (the widget's, an
 * ancestor's across shadow roots, or the document's), and the direction of that language.
 */

export const SUPPORTED = ['en', 'ar', 'ckb'] as const;
export type Supported = (typeof SUPPORTED)[number];

/** Scripts written right to left (ISO 15924), as Intl's likely-subtags data names them. */
const RTL_SCRIPTS = /^(Arab|Hebr|Syrc|Thaa|Nkoo|Adlm|Rohg|Mand|Mend|Samr|Yezi)$/;

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

/** The supported catalogue for a language tag: its primary subtag if supported, else English. */
export function catalogueLang(lang: string): Supported {
  const primary = lang.toLowerCase().split('-')[0] as Supported;
  return SUPPORTED.includes(primary) ? primary : 'en';
}

/**
 * Right to left for languages written in a right-to-left script: the tag's own script, else the
 * language's likely one (ar, fa, ur → Arabic; he, yi → Hebrew; ckb → Arabic, ku → Latin).
 */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  try {
    return RTL_SCRIPTS.test(new Intl.Locale(lang).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    // Not a valid tag.
    return 'ltr';
  }
}

/** Pick the strings for a language from a per-widget catalogue. */
export function messagesFor<T>(catalogue: Readonly<Record<Supported, T>>, lang: string): T {
  return catalogue[catalogueLang(lang)];
}
