/** The map's interface strings in English. */
import type { MapMessages } from '../messages.js';

const messages: MapMessages = {
  label: (d) => `Map of the story's places on ${d}. Arrow keys move between places; Enter selects.`,
  on: (d) => `State on ${d}`,
  columns: ['Place', 'Kind', 'State', 'Events'],
  legend: 'Key',
  none: 'No events here in the story.',
  more: (n) => `and ${n} more`,
  approximate: 'approximate position',
  attribution: 'Map: Natural Earth',
  sources: 'Sources',
  failed: (url, reason) => `The map ${url} could not be loaded: ${reason}.`,
  north: 'N',
  states: {
    present: 'Present',
    reduced: 'Reduced',
    withdrawn: 'Withdrawn',
    'handed-over': 'Handed over',
    planned: 'Planned',
    unknown: 'No information',
  },
  kinds: {
    airbase: 'Air base',
    compound: 'Compound',
    outpost: 'Outpost',
    garrison: 'Garrison',
    city: 'City',
    other: 'Other place',
  },
};

export default messages;
