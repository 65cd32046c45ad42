import { expect } from '@open-wc/testing';
import { all, dateOf, mount, root, storyJson } from './helpers.js';

const story = storyJson([
  { id: 'y', date: '2003' },
  { id: 'm', date: '2026-09' },
  { id: 'd', date: '2024-01-28' },
  { id: 'i', date: '2024-02-02T21:00:00Z' },
  { id: 'r', date: '2023-08-06', end: '2023-08-08' },
  { id: 'a', date: '2026-03', approximate: true },
]);

describe('<withdrawal-timeline> dates', () => {
  it('shows each precision in English, in the story time zone, and no more precisely than written', async () => {
    const el = await mount(story);
    expect(dateOf(el, 'y')).to.equal('2003');
    expect(dateOf(el, 'm')).to.match(/^Sept? 2026$/);
    expect(dateOf(el, 'd')).to.equal('28 Jan 2024');
    // 21:00 UTC is past midnight in Baghdad: the story's zone decides the day.
    expect(dateOf(el, 'i')).to.match(/^3 Feb 2024, 00:00 GMT\+3$/);
    expect(dateOf(el, 'r')).to.match(/^6\s*–\s*8 Aug 2023$/);
    expect(dateOf(el, 'a')).to.equal('c. Mar 2026');
  });

  it('shows each precision in Arabic', async () => {
    const el = await mount(story, { lang: 'ar' });
    expect(dateOf(el, 'y')).to.match(/^(2003|٢٠٠٣)$/);
    expect(dateOf(el, 'm')).to.match(/^سبتمبر (2026|٢٠٢٦)$/);
    expect(dateOf(el, 'd')).to.match(/^(28|٢٨) يناير (2024|٢٠٢٤)$/);
    expect(dateOf(el, 'i')).to.match(/^(3|٣) فبراير (2024|٢٠٢٤)، /);
    expect(dateOf(el, 'r')).to.match(/أغسطس/);
    expect(dateOf(el, 'r')).to.match(/^(6|٦)\s*–\s*(8|٨) /);
    expect(dateOf(el, 'a')).to.match(/^نحو مارس/);
  });

  it('shows each precision in Central Kurdish, with Kurdish month names even where Intl has no Kurdish data', async () => {
    const el = await mount(story, { lang: 'ckb' });
    expect(dateOf(el, 'y')).to.equal('٢٠٠٣');
    expect(dateOf(el, 'm')).to.equal('ئەیلوول ٢٠٢٦');
    expect(dateOf(el, 'd')).to.match(/^٢٨ی? کانوونی دووەمی? ٢٠٢٤$/);
    expect(dateOf(el, 'r')).to.match(/^٦\s*–\s*٨ی? ئاب/);
    // No English month and no Latin digit anywhere (the instant's zone stays "GMT+٣").
    for (const id of ['y', 'm', 'd', 'i', 'r', 'a'])
      expect(dateOf(el, id).replace('GMT', ''), id).not.to.match(/[A-Za-z]{3}|[0-9]/);
  });

  it('puts the date as written in <time datetime>', async () => {
    const el = await mount(story);
    const times = all(el, '[part~="event"] time').map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal(['2003', '2023-08-06', '2024-01-28', '2024-02-02T21:00:00Z', '2026-03', '2026-09']);
  });

  it('lays out right to left in Arabic', async () => {
    const el = await mount(story, { lang: 'ar' });
    expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
