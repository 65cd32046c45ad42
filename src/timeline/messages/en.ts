/** The timeline's interface strings in English. */
import type { TimelineMessages } from '../messages.js';

const messages: TimelineMessages = {
  kinds: {
    conflict: 'Conflict',
    diplomacy: 'Diplomacy',
    withdrawal: 'Withdrawal',
    attack: 'Attack',
    announcement: 'Announcement',
  },
  claimed: 'Claimed',
  reported: 'Reported',
  unsure: ', not confirmed',
  official: 'According to {v}',
  fix: 'Correction',
  sources: 'Sources ({v})',
  asOf: 'Data as of {v}',
  now: 'Now',
  planned: 'Planned',
  approx: 'c. {v}',
  category: 'Category',
  all: 'All categories',
  places: 'Events at {v}',
  clear: 'Show all',
  gap: '{v} years later',
  summary: (n, a, b) => `${n === '1' ? '1 event' : `${n} events`}, ${a === b ? a : `${a} to ${b}`}.`,
  empty: 'No events match.',
};

export default messages;
