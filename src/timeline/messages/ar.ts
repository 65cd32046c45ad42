/** The timeline's interface strings in Arabic. */
import type { TimelineMessages } from '../messages.js';

const messages: TimelineMessages = {
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
};

export default messages;
