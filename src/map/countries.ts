/**
 * The countries of the map: each one's shape as drawn, and where its name, in the reader's
 * language, may go (points inside its visible part, best first). The names are placed last, where
 * they still fit among the places' labels.
 */
import { intl } from '../i18n/intl.js';
import { countryName, draw, type Basemap, type Bounds, type Projection } from './geo.js';
import type { LabelRequest } from './labels.js';
import { canvas } from './measure.js';

/** Font size of the country names, in CSS pixels. */
export const COUNTRY_SIZE = 11;

export interface CountryShape {
  readonly d: string;
  /** ISO 3166 alpha-2 code, or '' when the basemap gives none. */
  readonly code: string;
  readonly name: string;
}

/**
 * Every country in view, and a label request for each one's name (its id: the index of the
 * country) where the name has room inside the shape.
 */
export function countryShapes(
  basemap: Basemap,
  projection: Projection,
  width: number,
  height: number,
  lang: string,
  measure: (text: string, size: number) => number,
): { countries: CountryShape[]; requests: LabelRequest[] } {
  const names = regionNames(lang);
  const countries: CountryShape[] = [];
  const requests: LabelRequest[] = [];
  for (const country of basemap.countries) {
    const { d, bounds } = draw(country.feature, projection);
    if (!d) continue;
    const name = countryName(country, names);
    const [first, ...alt] = name ? labelPoints(d, bounds, width, height) : [];
    if (first) {
      requests.push({
        id: String(countries.length),
        x: first[0],
        y: first[1],
        alt,
        w: measure(name.toUpperCase(), COUNTRY_SIZE) + 4,
        h: COUNTRY_SIZE + 3,
        r: 0,
      });
    }
    countries.push({ d, code: country.code ?? '', name });
  }
  return { countries, requests };
}

// intl() takes constructors whose options may be left out; the options are always given here.
const DisplayNames = Intl.DisplayNames as new (lang: string, options?: Intl.DisplayNamesOptions) => Intl.DisplayNames;

/**
 * Country names in the reader's language, else in English (not in the browser's own language),
 * from the shared cache of Intl objects. None where the engine has no region names or the tag is
 * not valid: then the names the basemap carries serve.
 */
function regionNames(lang: string): Intl.DisplayNames | undefined {
  try {
    // The first of the two the engine has names for, as `new Intl.DisplayNames([lang, 'en'])` would pick.
    const [available = 'en'] = Intl.DisplayNames.supportedLocalesOf([lang, 'en']);
    return intl(DisplayNames, available, { type: 'region', fallback: 'none' });
  } catch {
    return undefined;
  }
}

/**
 * Where a country's name may go, best first: points of its visible part from the middle of that
 * part outwards, tested on the drawn shape with the canvas's isPointInPath. So a neighbour half in
 * view is named inside the half we see, and a name crowded out of one spot finds another.
 */
function labelPoints(d: string, bounds: Bounds, width: number, height: number): [number, number][] {
  // The part of the shape's box that is in view, 12 px in from the map's edges.
  const margin = 12;
  const left = Math.max(bounds[0][0], margin);
  const top = Math.max(bounds[0][1], margin);
  const right = Math.min(bounds[1][0], width - margin);
  const bottom = Math.min(bounds[1][1], height - margin);
  const context = canvas();
  if (!context || left >= right || top >= bottom) return [];
  const shape = new Path2D(d);
  const middleX = (left + right) / 2;
  const middleY = (top + bottom) / 2;
  const fromMiddle = ([x, y]: [number, number]) => Math.hypot(x - middleX, y - middleY);
  // A 9 × 9 grid over that box.
  const grid: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    for (let j = 0; j <= 8; j++) grid.push([left + ((right - left) * i) / 8, top + ((bottom - top) * j) / 8]);
  }
  grid.sort((a, b) => fromMiddle(a) - fromMiddle(b));
  return grid.filter(([x, y]) => context.isPointInPath(shape, x, y));
}
