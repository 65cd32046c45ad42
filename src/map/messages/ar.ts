/** The map's interface strings in Arabic. */
import type { MapMessages } from '../messages.js';

const messages: MapMessages = {
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
  states: {
    present: 'موجودة',
    reduced: 'مخفّضة',
    withdrawn: 'منسحبة',
    'handed-over': 'سُلّمت',
    planned: 'مخطّط لها',
    unknown: 'لا معلومات',
  },
  kinds: {
    airbase: 'قاعدة جوية',
    compound: 'مجمّع',
    outpost: 'موقع متقدّم',
    garrison: 'حامية',
    city: 'مدينة',
    other: 'مكان آخر',
  },
};

export default messages;
