/** The timeline's interface strings in Central Kurdish (Sorani). */
import type { TimelineMessages } from '../messages.js';

const messages: TimelineMessages = {
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
};

export default messages;
