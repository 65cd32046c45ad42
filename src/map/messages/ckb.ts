/** The map's interface strings in Central Kurdish (Sorani). */
import type { MapMessages } from '../messages.js';

const messages: MapMessages = {
  mapLabel: (date) =>
    `نەخشەی شوێنەکانی چیرۆکەکە لە ${date}. بە دوگمەکانی تیر لە نێوان شوێنەکاندا بجوڵێ، بە Enter هەڵبژێرە.`,
  stateOn: (date) => `دۆخ لە ${date}`,
  tableColumns: ['شوێن', 'جۆر', 'دۆخ', 'ڕووداوەکان'],
  legendLabel: 'ڕێبەری نەخشە',
  noEvents: 'هیچ ڕووداوێک لێرە نییە لە چیرۆکەکەدا.',
  andMore: (count) => `و ${count.toLocaleString('ckb')} ی تر`,
  approximatePosition: 'شوێنی نزیکەیی',
  basemapCredit: 'نەخشە: Natural Earth',
  sourcesHeading: 'سەرچاوەکان',
  basemapFailed: (url, reason) => `نەخشەی ${url} بار نەکرا: ${reason}.`,
  northLetter: 'ب',
  states: {
    present: 'ئامادە',
    reduced: 'کەمکراوە',
    withdrawn: 'کشاوەتەوە',
    'handed-over': 'ڕادەستکراوە',
    planned: 'پلانی بۆ دانراوە',
    unknown: 'زانیاری نییە',
  },
  kinds: {
    airbase: 'بنکەی ئاسمانی',
    compound: 'ئاوەدانی',
    outpost: 'پۆستی پێشەوە',
    garrison: 'بنکەی سەربازی',
    city: 'شار',
    other: 'شوێنی تر',
  },
};

export default messages;
