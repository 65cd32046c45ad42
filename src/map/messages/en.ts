/** The map's interface strings in English. */
import type { MapMessages } from '../messages.js';

const messages: MapMessages = {
  mapLabel: (date) => `Map of the story's places on ${date}. Arrow keys move between places; Enter selects.`,
  stateOn: (date) => `State on ${date}`,
  tableColumns: ['Place', 'Kind', 'State', 'Events'],
  legendLabel: 'Key',
  noEvents: 'No events here in the story.',
  andMore: (count) => `and ${count} more`,
  approximatePosition: 'approximate position',
  basemapCredit: 'Map: Natural Earth',
  sourcesHeading: 'Sources',
  basemapFailed: (url, reason) => `The map ${url} could not be loaded: ${reason}.`,
  northLetter: 'N',
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
