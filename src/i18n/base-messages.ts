/**
 * Interface strings every widget shares, in every supported language. Each widget keeps its own
 * catalogue beside it in the same shape; the type makes a missing string a compile error.
 */
import type { Supported } from './locale.js';

export interface BaseMessages {
  loading: string;
  errorTitle: string;
  errorSource: (url: string) => string;
  errorPath: (path: string) => string;
  leftOut: (count: number) => string;
}

export const baseMessages: Readonly<Record<Supported, BaseMessages>> = {
  en: {
    loading: 'Loading the story…',
    errorTitle: 'The story could not be shown.',
    errorSource: (url) => `Source: ${url}`,
    errorPath: (path) => `Field: ${path}`,
    leftOut: (n) => (n === 1 ? '1 item in the data was left out:' : `${n} items in the data were left out:`),
  },
  ar: {
    loading: 'جارٍ تحميل القصة…',
    errorTitle: 'تعذّر عرض القصة.',
    errorSource: (url) => `المصدر: ${url}`,
    errorPath: (path) => `الحقل: ${path}`,
    leftOut: (n) => `أُسقط من البيانات ${new Intl.NumberFormat('ar').format(n)} ${n === 1 ? 'عنصر' : n === 2 ? 'عنصران' : n <= 10 ? 'عناصر' : 'عنصراً'}:`,
  },
  ckb: {
    loading: 'چیرۆکەکە بار دەکرێت…',
    errorTitle: 'نەتوانرا چیرۆکەکە پیشان بدرێت.',
    errorSource: (url) => `سەرچاوە: ${url}`,
    errorPath: (path) => `خانە: ${path}`,
    leftOut: (n) => `${new Intl.NumberFormat('ckb').format(n)} بڕگە لە داتاکە لابران:`,
  },
};
