import type { ReactiveControllerHost } from 'lit';

/** Items PageUp and PageDown move by. */
const PAGE = 10;

/**
 * A list moved through with the keyboard (the roving tabindex pattern): one item, the active one,
 * is in the tab order (`tabIndex` 0), the others are not (-1); the arrow keys (Down and Up; Right
 * and Left along a row, see `RowRovingTabindex`), Home, End, PageUp and PageDown move focus and the
 * active item, and focusing an item (a click) makes it active.
 * Items are named by keys (each item's element carries its key in `data-key`), so the active one
 * survives a new render of the list.
 *
 * Wire the list's `focusin` to `onFocusIn` and its `keydown` to `onKeyDown`, give each item
 * `tabIndex = roving.tabIndex(key)`, and call `keep()` when the items change. It needs none of the
 * host's lifecycle, so it is not registered with `addController`.
 */
export class RovingTabindex {
  /** The key of the item in the tab order ('' when there is none). */
  active = '';

  constructor(
    readonly host: ReactiveControllerHost,
    /** The items' keys, in order (read at each key press). */
    readonly keys: () => readonly string[],
    /** The element of an item, to move focus to. */
    readonly element: (key: string) => HTMLElement | undefined,
  ) {}

  /** The tab index an item takes. */
  tabIndex(key: string): 0 | -1 {
    return key === this.active ? 0 : -1;
  }

  /** After the items changed: the active item stays when it is still there, else the first is active. */
  keep(keys: readonly string[] = this.keys()): void {
    if (!keys.includes(this.active)) this.#activate(keys[0] ?? '');
  }

  /** Focuses the active item (for instance when the control that had focus went away). */
  focus(): void {
    this.element(this.active)?.focus();
  }

  onFocusIn = (e: FocusEvent): void => {
    const key = ((e.target as HTMLElement).closest?.('[data-key]') as HTMLElement | null)?.dataset.key;
    if (key !== undefined && this.keys().includes(key)) this.#activate(key);
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const keys = this.keys();
    const i = Math.max(0, keys.indexOf(this.active));
    const moves = this.moves(i, keys.length - 1);
    const target = Object.hasOwn(moves, e.key) ? moves[e.key]! : undefined;
    if (target === undefined || !keys.length) return;
    e.preventDefault();
    this.#activate(keys[Math.max(0, Math.min(keys.length - 1, target))]!);
    this.focus();
  };

  /** The index each key moves to, from the active item's index `i` (the last index is `last`). */
  protected moves(i: number, last: number): Record<string, number> {
    return { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: last, PageDown: i + PAGE, PageUp: i - PAGE };
  }

  #activate(key: string): void {
    if (key === this.active) return;
    this.active = key;
    this.host.requestUpdate();
  }
}

/**
 * A row (a toolbar): the arrow keys move as the row is laid out: Right and Left to the next and
 * previous item, the other way round in a row laid out right to left (`rtl`); Down and Up do nothing.
 */
export class RowRovingTabindex extends RovingTabindex {
  /** Whether the row is laid out right to left (read at each key press): the host's direction, when the host is the element. */
  rtl = (): boolean => this.host instanceof Element && this.host.matches(':dir(rtl)');

  protected override moves(i: number, last: number): Record<string, number> {
    const { ArrowDown: next, ArrowUp: back, ...others } = super.moves(i, last);
    return this.rtl() ? { ...others, ArrowLeft: next!, ArrowRight: back! } : { ...others, ArrowRight: next!, ArrowLeft: back! };
  }
}
