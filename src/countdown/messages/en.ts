/** The countdown's interface strings in English. */
import type { CountdownMessages } from '../messages.js';

const messages: CountdownMessages = {
  timeLeft: '{v} left',
  timeSince: '{v} since the deadline',
  eventAfter: '{v} after the deadline',
  byEndOf: 'by the end of {v}',
  onDay: 'on {v}',
  separator: ', ',
  deadlineLabel: 'Deadline',
  eventsHeading: 'What happened after the deadline',
  passedAnnouncement: 'The deadline has passed: {v}.',
  provenance: { reported: 'Reported, not official', claimed: 'Claimed, not confirmed' },
  noMilestones: 'This story has no milestones.',
  unknownMilestone: 'This story has no milestone "{v}".',
};

export default messages;
