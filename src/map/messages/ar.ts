/** The map's interface strings in Arabic. */
import type { MapMessages } from '../messages.js';

const messages: MapMessages = {
  mapLabel: (date) => `خريطة أماكن القصة في ${date}. تنقّل بين الأماكن بمفاتيح الأسهم، واختر بمفتاح الإدخال.`,
  stateOn: (date) => `الوضع في ${date}`,
  tableColumns: ['المكان', 'النوع', 'الوضع', 'الأحداث'],
  legendLabel: 'مفتاح الخريطة',
  noEvents: 'لا أحداث هنا في القصة.',
  andMore: (count) => `و${count.toLocaleString('ar')} أخرى`,
  approximatePosition: 'موقع تقريبي',
  basemapCredit: 'الخريطة: Natural Earth',
  sourcesHeading: 'المصادر',
  basemapFailed: (url, reason) => `تعذّر تحميل الخريطة ${url}: ${reason}.`,
  northLetter: 'ش',
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
