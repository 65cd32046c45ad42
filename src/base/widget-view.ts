/**
 * What a widget's view is: the part of a widget that draws its story, delivered in the widget's own
 * chunk after the element itself is defined by the small core. The element keeps its public API
 * (attributes, properties, states, events); the view brings the styles, the drawing and the
 * controllers that only a drawn widget needs, and is added to its element as a reactive controller.
 */
import type { CSSResult, PropertyValues, ReactiveController } from 'lit';
import type { Story } from '../story/model.js';

export interface WidgetView extends ReactiveController {
  /** The widget's own styles, adopted beside the shared ones when the view arrives. */
  readonly styles: readonly CSSResult[];

  /**
   * Whether everything needed to draw in this language is here (its catalogue, the map's basemap).
   * When not, the view fetches what is missing and asks its element for an update once it arrives.
   */
  prepare(lang: string): boolean;

  /** Called from the element's `willUpdate`, with the same map of changed properties. */
  willUpdate?(changed: PropertyValues): void;

  /** Called from the element's `updated`. */
  updated?(changed: PropertyValues): void;

  /** The view of a ready story. Pure: state is derived in `willUpdate`, not here. */
  render(story: Story): unknown;
}
