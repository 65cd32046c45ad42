/**
 * Interface strings every widget shares, in every supported language. Each widget keeps its own
 * catalogue beside it in the same shape; the type makes a missing string a compile error.
 */
import type { Supported } from './locale.js';
import { formatCount } from './intl.js';

export interface BaseMessages {
  loading: string;
  errorTitle: string;
  /** Labels put before the story's URL and the bad field's JSON path. */
  errorSource: string;
  errorPath: string;
  /** Said before the reason when the widget's own code could not be fetched. */
  viewFailed: string;
  leftOut: (count: number) => string;
}

export const baseMessages: Readonly<Record<Supported, BaseMessages>> = {
  en: {
    loading: 'Loading the story…',
    errorTitle: 'The story could not be shown.',
    errorSource: 'Source:',
    errorPath: 'Field:',
    viewFailed: "The widget's code could not be loaded:",
    leftOut: (n) => (n === 1 ? '1 item in the data was left out:' : `${n} items in the data were left out:`),
  },
  ar: {
    loading: 'جارٍ تحميل القصة…',
    errorTitle: 'تعذّر عرض القصة.',
    errorSource: 'المصدر:',
    errorPath: 'الحقل:',
    viewFailed: 'تعذّر تحميل شيفرة العنصر:',
    leftOut: (n) =>
      `أُسقط من البيانات ${formatCount(n, 'ar')} ${n === 1 ? 'عنصر' : n === 2 ? 'عنصران' : n <= 10 ? 'عناصر' : 'عنصراً'}:`,
  },
  ckb: {
    loading: 'چیرۆکەکە بار دەکرێت…',
    errorTitle: 'نەتوانرا چیرۆکەکە پیشان بدرێت.',
    errorSource: 'سەرچاوە:',
    errorPath: 'خانە:',
    viewFailed: 'نەتوانرا کۆدی ویجێتەکە بار بکرێت:',
    leftOut: (n) => `${formatCount(n, 'ckb')} بڕگە لە داتاکە لابران:`,
  },
};
