/** The countdown's interface strings in Central Kurdish (Sorani). */
import type { CountdownMessages } from '../messages.js';

const messages: CountdownMessages = {
  left: '{v} ماوە',
  since: '{v} بەسەر وادەکەدا تێپەڕیوە',
  after: '{v} دوای وادەکە',
  end: 'تا کۆتایی {v}',
  on: 'لە {v}',
  sep: '، ',
  due: 'وادە',
  events: 'ئەوەی دوای وادەکە ڕوویدا',
  passed: 'وادەکە تێپەڕی: {v}.',
  prov: { reported: 'ڕاپۆرت کراوە، فەرمی نییە', claimed: 'بانگەشەیە، پشتڕاست نەکراوەتەوە' },
  none: 'ئەم چیرۆکە هیچ وادەیەکی تێدا نییە.',
  unknown: 'ئەم چیرۆکە وادەی "{v}"ی تێدا نییە.',
  fallback: {
    units: {
      year: 'ساڵ',
      day: 'ڕۆژ',
      hour: 'کاتژمێر',
      minute: 'خولەک',
      second: 'چرکە',
    },
    dayDate: (d, mo, y) => `${d}ی ${mo}ی ${y}`,
    and: ' و ',
  },
};

export default messages;
