/** The countdown's interface strings in Arabic. */
import type { CountdownMessages } from '../messages.js';

const messages: CountdownMessages = {
  timeLeft: 'بقي {v}',
  timeSince: 'مضى {v} على انقضاء الموعد',
  eventAfter: 'بعد {v} من انقضاء الموعد',
  byEndOf: 'بحلول نهاية {v}',
  onDay: 'في {v}',
  separator: '، ',
  deadlineLabel: 'الموعد النهائي',
  eventsHeading: 'ما جرى بعد انقضاء الموعد',
  passedAnnouncement: 'انقضى الموعد النهائي: {v}.',
  provenance: { reported: 'وفق تقارير، غير رسمي', claimed: 'ادعاء غير مؤكَّد' },
  noMilestones: 'لا مواعيد في هذه القصة.',
  unknownMilestone: 'لا موعد بالمعرّف "{v}" في هذه القصة.',
};

export default messages;
