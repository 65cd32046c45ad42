/** The map's interface strings in every supported language (a missing one is a compile error). */
import type { Supported } from '../i18n/locale.js';
import type { Kind, MarkerState } from './symbols.js';

export interface MapMessages {
  mapLabel: (date: string) => string;
  stateOn: (date: string) => string;
  states: Record<MarkerState, string>;
  kinds: Record<Kind, string>;
  legend: string;
  place: string;
  kind: string;
  state: string;
  events: string;
  noEvents: string;
  moreEvents: (n: number) => string;
  approximate: string;
  attribution: string;
  sources: string;
  basemapFailed: (url: string, reason: string) => string;
  north: string;
}

export const mapMessages: Readonly<Record<Supported, MapMessages>> = {
  en: {
    mapLabel: (d) => `Map of the story's places on ${d}. Arrow keys move between places; Enter selects.`,
    stateOn: (d) => `State on ${d}`,
    states: {
      present: 'Present',
      reduced: 'Reduced',
      withdrawn: 'Withdrawn',
      'handed-over': 'Handed over',
      planned: 'Planned',
      unknown: 'No information',
    },
    kinds: { airbase: 'Air base', compound: 'Compound', outpost: 'Outpost', garrison: 'Garrison', city: 'City', other: 'Other place' },
    legend: 'Key',
    place: 'Place',
    kind: 'Kind',
    state: 'State',
    events: 'Events',
    noEvents: 'No events here in the story.',
    moreEvents: (n) => `and ${n} more`,
    approximate: 'approximate position',
    attribution: 'Map: Natural Earth',
    sources: 'Sources',
    basemapFailed: (url, reason) => `The map ${url} could not be loaded: ${reason}.`,
    north: 'N',
  },
  ar: {
    mapLabel: (d) => `خريطة أماكن القصة في ${d}. تنقّل بين الأماكن بمفاتيح الأسهم، واختر بمفتاح الإدخال.`,
    stateOn: (d) => `الوضع في ${d}`,
    states: {
      present: 'موجودة',
      reduced: 'مخفّضة',
      withdrawn: 'منسحبة',
      'handed-over': 'سُلّمت',
      planned: 'مخطّط لها',
      unknown: 'لا معلومات',
    },
    kinds: { airbase: 'قاعدة جوية', compound: 'مجمّع', outpost: 'موقع متقدّم', garrison: 'حامية', city: 'مدينة', other: 'مكان آخر' },
    legend: 'مفتاح الخريطة',
    place: 'المكان',
    kind: 'النوع',
    state: 'الوضع',
    events: 'الأحداث',
    noEvents: 'لا أحداث هنا في القصة.',
    moreEvents: (n) => `و${new Intl.NumberFormat('ar').format(n)} أخرى`,
    approximate: 'موقع تقريبي',
    attribution: 'الخريطة: Natural Earth',
    sources: 'المصادر',
    basemapFailed: (url, reason) => `تعذّر تحميل الخريطة ${url}: ${reason}.`,
    north: 'ش',
  },
  ckb: {
    mapLabel: (d) => `نەخشەی شوێنەکانی چیرۆکەکە لە ${d}. بە دوگمەکانی تیر لە نێوان شوێنەکاندا بجوڵێ، بە Enter هەڵبژێرە.`,
    stateOn: (d) => `دۆخ لە ${d}`,
    states: {
      present: 'ئامادە',
      reduced: 'کەمکراوە',
      withdrawn: 'کشاوەتەوە',
      'handed-over': 'ڕادەستکراوە',
      planned: 'پلانی بۆ دانراوە',
      unknown: 'زانیاری نییە',
    },
    kinds: { airbase: 'بنکەی ئاسمانی', compound: 'ئاوەدانی', outpost: 'پۆستی پێشەوە', garrison: 'بنکەی سەربازی', city: 'شار', other: 'شوێنی تر' },
    legend: 'ڕێبەری نەخشە',
    place: 'شوێن',
    kind: 'جۆر',
    state: 'دۆخ',
    events: 'ڕووداوەکان',
    noEvents: 'هیچ ڕووداوێک لێرە نییە لە چیرۆکەکەدا.',
    moreEvents: (n) => `و ${new Intl.NumberFormat('ckb').format(n)} ی تر`,
    approximate: 'شوێنی نزیکەیی',
    attribution: 'نەخشە: Natural Earth',
    sources: 'سەرچاوەکان',
    basemapFailed: (url, reason) => `نەخشەی ${url} بار نەکرا: ${reason}.`,
    north: 'ب',
  },
};
