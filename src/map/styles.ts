/**
 * The map's styles: the colour tokens (light, dark, forced colours), then the drawn map, its
 * markers and what is written under it. Everything is coloured through the private tokens of
 * theme.ts, so forced colours only swap the tokens for system colours instead of repeating the rules.
 */
import { captionStyles } from './caption-styles.js';
import { figureStyles } from './figure-styles.js';
import { markerStyles } from './marker-styles.js';
import { mapDarkTheme, mapForcedColours, mapTheme } from './theme.js';

export const mapStyles = [mapTheme, mapDarkTheme, mapForcedColours, figureStyles, markerStyles, captionStyles];
