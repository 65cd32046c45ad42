import { expect } from '@open-wc/testing';
import { dateOf, mount, storyJson } from './helpers.js';

const story = storyJson([
  { id: 'y', date: '2003' },
  { id: 'm', date: '2026-09' },
  { id: 'd', date: '2024-01-28' },
  { id: 'i', date: '2024-02-02T21:00:00Z' },
  { id: 'r', date: '2023-08-06', end: '2023-08-08' },
  { id: 'a', date: '2026-03', approximate: true },
]);

describe('<withdrawal-timeline> dates', () => {
  it('shows each date at its own precision in English', async () => {
    const el = await mount(story);
    console.log(JSON.stringify(['y','m','d','i','r','a'].map((id) => dateOf(el, id))));
  });
  it('shows each date at its own precision in Arabic', async () => {
    const el = await mount(story, { lang: 'ar' });
    console.log(JSON.stringify(['y','m','d','i','r','a'].map((id) => dateOf(el, id))));
  });
});
