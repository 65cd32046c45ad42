/** The countdown's interface strings in English. */
import type { CountdownMessages } from '../messages.js';

const messages: CountdownMessages = {
  left: '{v} left',
  since: '{v} since the deadline',
  after: '{v} after the deadline',
  end: 'by the end of {v}',
  on: 'on {v}',
  sep: ', ',
  due: 'Deadline',
  events: 'What happened after the deadline',
  passed: 'The deadline has passed: {v}.',
  prov: { reported: 'Reported, not official', claimed: 'Claimed, not confirmed' },
  none: 'This story has no milestones.',
  unknown: 'This story has no milestone "{v}".',
};

export default messages;
