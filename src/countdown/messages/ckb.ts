/** The countdown's interface strings in Central Kurdish (Sorani). */
import type { CountdownMessages } from '../messages.js';

const messages: CountdownMessages = {
  timeLeft: '{v} ماوە',
  timeSince: '{v} بەسەر وادەکەدا تێپەڕیوە',
  eventAfter: '{v} دوای وادەکە',
  byEndOf: 'تا کۆتایی {v}',
  onDay: 'لە {v}',
  separator: '، ',
  deadlineLabel: 'وادە',
  eventsHeading: 'ئەوەی دوای وادەکە ڕوویدا',
  passedAnnouncement: 'وادەکە تێپەڕی: {v}.',
  provenance: { reported: 'ڕاپۆرت کراوە، فەرمی نییە', claimed: 'بانگەشەیە، پشتڕاست نەکراوەتەوە' },
  noMilestones: 'ئەم چیرۆکە هیچ وادەیەکی تێدا نییە.',
  unknownMilestone: 'ئەم چیرۆکە وادەی "{v}"ی تێدا نییە.',
  fallback: {
    units: {
      year: 'ساڵ',
      day: 'ڕۆژ',
      hour: 'کاتژمێر',
      minute: 'خولەک',
      second: 'چرکە',
    },
    dayDate: (day, month, year) => `${day}ی ${month}ی ${year}`,
    and: ' و ',
  },
};

export default messages;
