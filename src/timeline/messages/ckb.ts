/** The timeline's interface strings in Central Kurdish (Sorani). */
import type { TimelineMessages } from '../messages.js';

const messages: TimelineMessages = {
  categories: {
    conflict: 'ململانێ',
    diplomacy: 'دیپلۆماسی',
    withdrawal: 'کشانەوە',
    attack: 'هێرش',
    announcement: 'ڕاگەیاندن',
  },
  claimed: 'بانگەشە',
  reported: 'ڕاپۆرتکراو',
  notConfirmed: '، پشتڕاست نەکراوەتەوە',
  accordingTo: 'بەپێی {v}',
  correctionLabel: 'ڕاستکردنەوە',
  sourcesLabel: 'سەرچاوەکان ({v})',
  dataAsOf: 'داتا تا {v}',
  nowLabel: 'ئێستا',
  planned: 'پلان بۆ داڕێژراو',
  approximately: 'نزیکەی {v}',
  categoryFilter: 'پۆل',
  allCategories: 'هەموو پۆلەکان',
  eventsAtPlaces: 'ڕووداوەکان لە {v}',
  clearFilters: 'پیشاندانی هەموو',
  yearsLater: '{v} ساڵ دواتر',
  summary: (count, from, to) => {
    const years = from === to ? from : `لە ${from} تا ${to}`;
    return `${count} ڕووداو، ${years}.`;
  },
  noMatchingEvents: 'هیچ ڕووداوێک نییە.',
};

export default messages;
