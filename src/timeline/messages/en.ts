/** The timeline's interface strings in English. */
import type { TimelineMessages } from '../messages.js';

const messages: TimelineMessages = {
  categories: {
    conflict: 'Conflict',
    diplomacy: 'Diplomacy',
    withdrawal: 'Withdrawal',
    attack: 'Attack',
    announcement: 'Announcement',
  },
  claimed: 'Claimed',
  reported: 'Reported',
  notConfirmed: ', not confirmed',
  accordingTo: 'According to {v}',
  correctionLabel: 'Correction',
  sourcesLabel: 'Sources ({v})',
  dataAsOf: 'Data as of {v}',
  nowLabel: 'Now',
  planned: 'Planned',
  approximately: 'c. {v}',
  categoryFilter: 'Category',
  allCategories: 'All categories',
  eventsAtPlaces: 'Events at {v}',
  clearFilters: 'Show all',
  yearsLater: '{v} years later',
  summary: (count, from, to) => {
    const events = count === '1' ? '1 event' : `${count} events`;
    const years = from === to ? from : `${from} to ${to}`;
    return `${events}, ${years}.`;
  },
  noMatchingEvents: 'No events match.',
};

export default messages;
