/** The map's interface strings in every supported language (a missing one is a compile error). */
import type { Supported } from '../i18n/locale.js';
import { KINDS, STATES, type Kind, type MarkerState } from './symbols.js';

type Six = readonly [string, string, string, string, string, string];

export interface MapMessages {
  label: (date: string) => string;
  on: (date: string) => string;
  states: Record<MarkerState, string>;
  kinds: Record<Kind, string>;
  legend: string;
  /** Column headers of the table: place, kind, state, events. */
  columns: readonly [string, string, string, string];
  none: string;
  more: (n: number) => string;
  approximate: string;
  attribution: string;
  sources: string;
  failed: (url: string, reason: string) => string;
  north: string;
}

/** A catalogue with its state names in the order of STATES and kind names in the order of KINDS. */
function catalogue(states: Six, kinds: Six, rest: Omit<MapMessages, 'states' | 'kinds'>): MapMessages {
  const zip = (keys: readonly string[], names: Six) => Object.fromEntries(keys.map((k, i) => [k, names[i]]));
  return {
    ...rest,
    states: zip(STATES, states) as MapMessages['states'],
    kinds: zip(KINDS, kinds) as MapMessages['kinds'],
  };
}

export const mapMessages: Readonly<Record<Supported, MapMessages>> = {
  en: catalogue(
    ['Present', 'Reduced', 'Withdrawn', 'Handed over', 'Planned', 'No information'],
    ['Air base', 'Compound', 'Outpost', 'Garrison', 'City', 'Other place'],
    {
      label: (d) => `Map of the story's places on ${d}. Arrow keys move between places; Enter selects.`,
      on: (d) => `State on ${d}`,
      columns: ['Place', 'Kind', 'State', 'Events'],
      legend: 'Key',
      none: 'No events here in the story.',
      more: (n) => `and ${n} more`,
      approximate: 'approximate position',
      attribution: 'Map: Natural Earth',
      sources: 'Sources',
      failed: (url, reason) => `The map ${url} could not be loaded: ${reason}.`,
      north: 'N',
    },
  ),
  ar: catalogue(
    ['موجودة', 'مخفّضة', 'منسحبة', 'سُلّمت', 'مخطّط لها', 'لا معلومات'],
    ['قاعدة جوية', 'مجمّع', 'موقع متقدّم', 'حامية', 'مدينة', 'مكان آخر'],
    {
      label: (d) => `خريطة أماكن القصة في ${d}. تنقّل بين الأماكن بمفاتيح الأسهم، واختر بمفتاح الإدخال.`,
      on: (d) => `الوضع في ${d}`,
      columns: ['المكان', 'النوع', 'الوضع', 'الأحداث'],
      legend: 'مفتاح الخريطة',
      none: 'لا أحداث هنا في القصة.',
      more: (n) => `و${n.toLocaleString('ar')} أخرى`,
      approximate: 'موقع تقريبي',
      attribution: 'الخريطة: Natural Earth',
      sources: 'المصادر',
      failed: (url, reason) => `تعذّر تحميل الخريطة ${url}: ${reason}.`,
      north: 'ش',
    },
  ),
  ckb: catalogue(
    ['ئامادە', 'کەمکراوە', 'کشاوەتەوە', 'ڕادەستکراوە', 'پلانی بۆ دانراوە', 'زانیاری نییە'],
    ['بنکەی ئاسمانی', 'ئاوەدانی', 'پۆستی پێشەوە', 'بنکەی سەربازی', 'شار', 'شوێنی تر'],
    {
      label: (d) => `نەخشەی شوێنەکانی چیرۆکەکە لە ${d}. بە دوگمەکانی تیر لە نێوان شوێنەکاندا بجوڵێ، بە Enter هەڵبژێرە.`,
      on: (d) => `دۆخ لە ${d}`,
      columns: ['شوێن', 'جۆر', 'دۆخ', 'ڕووداوەکان'],
      legend: 'ڕێبەری نەخشە',
      none: 'هیچ ڕووداوێک لێرە نییە لە چیرۆکەکەدا.',
      more: (n) => `و ${n.toLocaleString('ckb')} ی تر`,
      approximate: 'شوێنی نزیکەیی',
      attribution: 'نەخشە: Natural Earth',
      sources: 'سەرچاوەکان',
      failed: (url, reason) => `نەخشەی ${url} بار نەکرا: ${reason}.`,
      north: 'ب',
    },
  ),
};
