/**
 * The timeline's interface strings in every supported language. The type makes a missing string a
 * compile error; numbers go through Intl so each language gets its own digits.
 */
import type { Supported } from '../i18n/locale.js';
import type { Provenance } from '../story/model.js';
import { intl } from './intl.js';

export interface TimelineMessages {
  /** Labels for the default story's categories; other categories show their own text. */
  categories: Readonly<Record<string, string>>;
  provenance: (kind: Provenance, attribution: string) => string;
  correction: string;
  sources: (count: number) => string;
  asOf: (date: string) => string;
  now: string;
  planned: string;
  approx: (date: string) => string;
  category: string;
  allCategories: string;
  atPlaces: (names: string) => string;
  showAll: string;
  gap: (years: number) => string;
  summary: (count: number, from: string, to: string) => string;
  empty: string;
}

const num = (lang: string, n: number): string => intl(Intl.NumberFormat, lang).format(n);

export const timelineMessages: Readonly<Record<Supported, TimelineMessages>> = {
  en: {
    categories: {
      conflict: 'Conflict',
      diplomacy: 'Diplomacy',
      withdrawal: 'Withdrawal',
      attack: 'Attack',
      announcement: 'Announcement',
    },
    provenance: (kind, by) =>
      kind === 'claimed'
        ? `Claimed${by ? `: ${by}` : ', not confirmed'}`
        : kind === 'reported'
          ? `Reported${by ? `: ${by}` : ''}`
          : by && `According to ${by}`,
    correction: 'Correction',
    sources: (n) => `Sources (${n})`,
    asOf: (d) => `Data as of ${d}`,
    now: 'Now',
    planned: 'Planned',
    approx: (d) => `c. ${d}`,
    category: 'Category',
    allCategories: 'All categories',
    atPlaces: (names) => `Events at ${names}`,
    showAll: 'Show all',
    gap: (n) => `${n} years later`,
    summary: (n, a, b) => `${n === 1 ? '1 event' : `${n} events`}, ${a === b ? a : `${a} to ${b}`}.`,
    empty: 'No events match.',
  },
  ar: {
    categories: {
      conflict: 'نزاع',
      diplomacy: 'دبلوماسية',
      withdrawal: 'انسحاب',
      attack: 'هجوم',
      announcement: 'إعلان',
    },
    provenance: (kind, by) =>
      kind === 'claimed'
        ? `ادّعاء${by ? `: ${by}` : '، غير مؤكَّد'}`
        : kind === 'reported'
          ? `بحسب التقارير${by ? `: ${by}` : ''}`
          : by && `بحسب ${by}`,
    correction: 'تصحيح',
    sources: (n) => `المصادر (${num('ar', n)})`,
    asOf: (d) => `البيانات حتى ${d}`,
    now: 'الآن',
    planned: 'مُخطَّط',
    approx: (d) => `نحو ${d}`,
    category: 'الفئة',
    allCategories: 'كل الفئات',
    atPlaces: (names) => `أحداث في ${names}`,
    showAll: 'عرض الكل',
    gap: (n) => `بعد ${num('ar', n)} سنوات`,
    summary: (n, a, b) => `${num('ar', n)} حدثاً، ${a === b ? a : `من ${a} إلى ${b}`}.`,
    empty: 'لا أحداث مطابقة.',
  },
  ckb: {
    categories: {
      conflict: 'ململانێ',
      diplomacy: 'دیپلۆماسی',
      withdrawal: 'کشانەوە',
      attack: 'هێرش',
      announcement: 'ڕاگەیاندن',
    },
    provenance: (kind, by) =>
      kind === 'claimed'
        ? `بانگەشە${by ? `: ${by}` : '، پشتڕاست نەکراوەتەوە'}`
        : kind === 'reported'
          ? `ڕاپۆرتکراو${by ? `: ${by}` : ''}`
          : by && `بەپێی ${by}`,
    correction: 'ڕاستکردنەوە',
    sources: (n) => `سەرچاوەکان (${num('ckb', n)})`,
    asOf: (d) => `داتا تا ${d}`,
    now: 'ئێستا',
    planned: 'پلان بۆ داڕێژراو',
    approx: (d) => `نزیکەی ${d}`,
    category: 'پۆل',
    allCategories: 'هەموو پۆلەکان',
    atPlaces: (names) => `ڕووداوەکان لە ${names}`,
    showAll: 'پیشاندانی هەموو',
    gap: (n) => `${num('ckb', n)} ساڵ دواتر`,
    summary: (n, a, b) => `${num('ckb', n)} ڕووداو، ${a === b ? a : `لە ${a} تا ${b}`}.`,
    empty: 'هیچ ڕووداوێک نییە.',
  },
};
