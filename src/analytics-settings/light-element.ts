import { LitElement, type CSSResult } from 'lit';
import { define } from '../core/define.js';
import { Localize } from '../core/localize.js';

/**
 * The base of the form's sub-elements (a setting's field, the tracking-code preview, the save
 * dialogs): each renders in the widget's shadow root, with no shadow root of its own, so its ids,
 * labels and `aria-describedby` references, its parts (`::part()` from the page) and its styles
 * are the widget's, as if the widget had rendered it. Properties in, events out: an element never
 * reaches into the widget; what it has to say goes up as an event (`AnnounceEvent` for the live
 * region). Its words come from its own `localize`, which speaks the widget's language and updates
 * the element when that changes. Registered tolerantly (core/define.ts) under its `tagName`.
 * @internal
 */
export abstract class LightElement extends LitElement {
  /** The tag the element is registered under. */
  static tagName = '';

  /** The element's words in its language, which is the widget's (the nearest ancestor naming one: see core/localize.ts). */
  protected readonly localize: Localize = new Localize(this);

  /** Registers the element under its tag name, once (a second copy of the library is tolerated). */
  static define(): void {
    define(this.tagName, this as unknown as CustomElementConstructor & { tagName: string });
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Adds styles that came with code loaded on demand to the root this element renders in. */
  protected adopt(styles: CSSResult): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = styles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Asks the widget to say `text` in its live region. */
  protected announce(text: string): void {
    this.dispatchEvent(new AnnounceEvent(text));
  }
}

/**
 * @internal Text for the widget's live region, from one of its sub-elements (it bubbles inside the
 * widget's shadow root and never leaves it).
 */
export class AnnounceEvent extends Event {
  static readonly type = 'dw-announce';
  constructor(readonly text: string) {
    super(AnnounceEvent.type, { bubbles: true });
  }
}
