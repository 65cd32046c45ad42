/** The countdown's interface strings in Arabic. */
import type { CountdownMessages } from '../messages.js';

const messages: CountdownMessages = {
  left: 'بقي {v}',
  since: 'مضى {v} على انقضاء الموعد',
  after: 'بعد {v} من انقضاء الموعد',
  end: 'بحلول نهاية {v}',
  on: 'في {v}',
  sep: '، ',
  due: 'الموعد النهائي',
  events: 'ما جرى بعد انقضاء الموعد',
  passed: 'انقضى الموعد النهائي: {v}.',
  prov: { reported: 'وفق تقارير، غير رسمي', claimed: 'ادعاء غير مؤكَّد' },
  none: 'لا مواعيد في هذه القصة.',
  unknown: 'لا موعد بالمعرّف "{v}" في هذه القصة.',
};

export default messages;
