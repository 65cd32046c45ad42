/**
 * What every story file shares: the provider around a widget, the page around it (language, dark
 * page, a 320 px column), and the URLs of the sample and broken stories served beside Storybook.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import { PENDING_URL } from './pending-fetch.js';

/** Arguments of the `<withdrawal-data>` and the page around the widget. */
export interface PageArgs {
  /** `src` of the provider; empty for the built-in default story. */
  storySrc?: string;
  /** `now` of the provider: freezes the clock. */
  storyNow?: string;
  /** `timeout` of the provider, in milliseconds. */
  storyTimeout?: number;
  /** `lang` of the page around the widget. */
  pageLang?: 'en' | 'ar' | 'ckb';
  /** The page around the widget. */
  frame?: 'none' | 'column-320' | 'dark-page';
}

export const DATA = {
  sample: 'story-data/sample-depots.json',
  partlyBad: 'story-data/partly-bad.json',
  missing: 'story-data/no-such-story.json',
  badJson: 'story-data/broken.json',
  empty: 'story-data/empty.json',
  webPage: 'story-data/not-a-story.html',
  nothingUsable: 'story-data/nothing-usable.json',
  pending: PENDING_URL,
} as const;

/** A world map for stories outside the Middle East (Natural Earth 1:110m from world-atlas). */
export const WORLD_BASEMAP = 'world-atlas/countries-110m.json';

/** A fixed moment for stories that must look the same every day. */
export const FROZEN_NOW = '2026-11-25T09:00:00Z';

const RTL = new Set(['ar', 'ckb']);

export const pageArgTypes: Partial<ArgTypes<PageArgs>> = {
  storySrc: {
    control: 'text',
    description: '`src` of the surrounding `<withdrawal-data>`',
    table: { category: 'withdrawal-data' },
  },
  storyNow: {
    control: 'text',
    description: '`now` of the surrounding `<withdrawal-data>`',
    table: { category: 'withdrawal-data' },
  },
  storyTimeout: {
    control: 'number',
    description: '`timeout` of the surrounding `<withdrawal-data>` (ms)',
    table: { category: 'withdrawal-data' },
  },
  pageLang: {
    control: 'inline-radio',
    options: ['en', 'ar', 'ckb'],
    description: '`lang` of the page',
    table: { category: 'page' },
  },
  frame: {
    control: 'inline-radio',
    options: ['none', 'column-320', 'dark-page'],
    description: 'the page around the widget',
    table: { category: 'page' },
  },
};

/** The widget inside its provider, inside the page. */
export function onPage(args: PageArgs, widgets: TemplateResult): TemplateResult {
  const lang = args.pageLang ?? 'en';
  const frame = args.frame && args.frame !== 'none' ? `sb-${args.frame}` : '';
  return html`<div class=${frame} lang=${lang} dir=${RTL.has(lang) ? 'rtl' : 'ltr'}>
    <withdrawal-data
      src=${ifDefined(args.storySrc || undefined)}
      now=${ifDefined(args.storyNow || undefined)}
      timeout=${ifDefined(args.storyTimeout)}
      >${widgets}</withdrawal-data
    >
  </div>`;
}

/** Arguments that show one kind of load failure. */
export const failing = {
  notFound: { storySrc: DATA.missing },
  badJson: { storySrc: DATA.badJson },
  empty: { storySrc: DATA.empty },
  webPage: { storySrc: DATA.webPage },
  nothingUsable: { storySrc: DATA.nothingUsable },
  timeout: { storySrc: DATA.pending, storyTimeout: 1500 },
} satisfies Record<string, PageArgs>;

/** Arguments that keep the widget loading (the URL never answers, and the time-out is an hour). */
export const loading: PageArgs = { storySrc: DATA.pending, storyTimeout: 3_600_000 };
