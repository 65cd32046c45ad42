/** The map's interface strings in Central Kurdish (Sorani). */
import type { MapMessages } from '../messages.js';

const messages: MapMessages = {
  label: (d) => `نەخشەی شوێنەکانی چیرۆکەکە لە ${d}. بە دوگمەکانی تیر لە نێوان شوێنەکاندا بجوڵێ، بە Enter هەڵبژێرە.`,
  on: (d) => `دۆخ لە ${d}`,
  columns: ['شوێن', 'جۆر', 'دۆخ', 'ڕووداوەکان'],
  legend: 'ڕێبەری نەخشە',
  none: 'هیچ ڕووداوێک لێرە نییە لە چیرۆکەکەدا.',
  more: (n) => `و ${n.toLocaleString('ckb')} ی تر`,
  approximate: 'شوێنی نزیکەیی',
  attribution: 'نەخشە: Natural Earth',
  sources: 'سەرچاوەکان',
  failed: (url, reason) => `نەخشەی ${url} بار نەکرا: ${reason}.`,
  north: 'ب',
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
