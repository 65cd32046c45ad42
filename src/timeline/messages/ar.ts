/** The timeline's interface strings in Arabic. */
import type { TimelineMessages } from '../messages.js';

const messages: TimelineMessages = {
  categories: {
    conflict: 'نزاع',
    diplomacy: 'دبلوماسية',
    withdrawal: 'انسحاب',
    attack: 'هجوم',
    announcement: 'إعلان',
  },
  claimed: 'ادّعاء',
  reported: 'بحسب التقارير',
  notConfirmed: '، غير مؤكَّد',
  accordingTo: 'بحسب {v}',
  correctionLabel: 'تصحيح',
  sourcesLabel: 'المصادر ({v})',
  dataAsOf: 'البيانات حتى {v}',
  nowLabel: 'الآن',
  planned: 'مُخطَّط',
  approximately: 'نحو {v}',
  categoryFilter: 'الفئة',
  allCategories: 'كل الفئات',
  eventsAtPlaces: 'أحداث في {v}',
  clearFilters: 'عرض الكل',
  yearsLater: 'بعد {v} سنوات',
  summary: (count, from, to) => {
    const years = from === to ? from : `من ${from} إلى ${to}`;
    return `${count} حدثاً، ${years}.`;
  },
  noMatchingEvents: 'لا أحداث مطابقة.',
};

export default messages;
