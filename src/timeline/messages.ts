/**
 * The timeline's interface strings in every supported language. The type makes a missing string a
 * compile error. Numbers reach them formatted by Intl, so each language gets its own digits.
 */
import type { Supported } from '../i18n/locale.js';

export interface TimelineMessages {
  /** Labels for the default story's categories; other categories show their own text. */
  kinds: Readonly<Record<string, string>>;
  /** Provenance: a claim or a report, then ": <who>", or for a claim by no one `unsure` ("not confirmed");
   * official facts say only who ("According to {v}"). */
  claimed: string;
  reported: string;
  unsure: string;
  official: string;
  /** The label of a correction note. Keys below are named after the element they fill. */
  fix: string;
  /** `{v}` is a number or a date, already formatted. */
  sources: string;
  asOf: string;
  now: string;
  planned: string;
  approx: string;
  category: string;
  /** The filter's "all categories" choice, the place filter's line, and the button that clears both. */
  all: string;
  places: string;
  clear: string;
  gap: string;
  /** The count (formatted) and the span of years shown. */
  summary: (count: string, from: string, to: string) => string;
  empty: string;
}

export const timelineMessages: Readonly<Record<Supported, TimelineMessages>> = {
  en: {
    kinds: {
      conflict: 'Conflict',
      diplomacy: 'Diplomacy',
      withdrawal: 'Withdrawal',
      attack: 'Attack',
      announcement: 'Announcement',
    },
    claimed: 'Claimed',
    reported: 'Reported',
    unsure: ', not confirmed',
    official: 'According to {v}',
    fix: 'Correction',
    sources: 'Sources ({v})',
    asOf: 'Data as of {v}',
    now: 'Now',
    planned: 'Planned',
    approx: 'c. {v}',
    category: 'Category',
    all: 'All categories',
    places: 'Events at {v}',
    clear: 'Show all',
    gap: '{v} years later',
    summary: (n, a, b) => `${n === '1' ? '1 event' : `${n} events`}, ${a === b ? a : `${a} to ${b}`}.`,
    empty: 'No events match.',
  },
  ar: {
    kinds: {
      conflict: 'نزاع',
      diplomacy: 'دبلوماسية',
      withdrawal: 'انسحاب',
      attack: 'هجوم',
      announcement: 'إعلان',
    },
    claimed: 'ادّعاء',
    reported: 'بحسب التقارير',
    unsure: '، غير مؤكَّد',
    official: 'بحسب {v}',
    fix: 'تصحيح',
    sources: 'المصادر ({v})',
    asOf: 'البيانات حتى {v}',
    now: 'الآن',
    planned: 'مُخطَّط',
    approx: 'نحو {v}',
    category: 'الفئة',
    all: 'كل الفئات',
    places: 'أحداث في {v}',
    clear: 'عرض الكل',
    gap: 'بعد {v} سنوات',
    summary: (n, a, b) => `${n} حدثاً، ${a === b ? a : `من ${a} إلى ${b}`}.`,
    empty: 'لا أحداث مطابقة.',
  },
  ckb: {
    kinds: {
      conflict: 'ململانێ',
      diplomacy: 'دیپلۆماسی',
      withdrawal: 'کشانەوە',
      attack: 'هێرش',
      announcement: 'ڕاگەیاندن',
    },
    claimed: 'بانگەشە',
    reported: 'ڕاپۆرتکراو',
    unsure: '، پشتڕاست نەکراوەتەوە',
    official: 'بەپێی {v}',
    fix: 'ڕاستکردنەوە',
    sources: 'سەرچاوەکان ({v})',
    asOf: 'داتا تا {v}',
    now: 'ئێستا',
    planned: 'پلان بۆ داڕێژراو',
    approx: 'نزیکەی {v}',
    category: 'پۆل',
    all: 'هەموو پۆلەکان',
    places: 'ڕووداوەکان لە {v}',
    clear: 'پیشاندانی هەموو',
    gap: '{v} ساڵ دواتر',
    summary: (n, a, b) => `${n} ڕووداو، ${a === b ? a : `لە ${a} تا ${b}`}.`,
    empty: 'هیچ ڕووداوێک نییە.',
  },
};
