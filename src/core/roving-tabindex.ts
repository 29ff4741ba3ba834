import type { ReactiveControllerHost } from 'lit';

/** Items PageUp and PageDown move by. */
const PAGE = 10;

/**
 * A list moved through with the keyboard (the roving tabindex pattern): one item, the active one,
 * is in the tab order (`tabIndex` 0), the others are not (-1); the arrow keys (Down and Up, or
 * those given: Right and Left along a row), Home, End, PageUp and PageDown move focus and the
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
    /** The key that moves to the next item (in a row, a toolbar: `ArrowRight`). */
    readonly next = 'ArrowDown',
    /** The key that moves to the previous item (in a row: `ArrowLeft`). */
    readonly back = 'ArrowUp',
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
    const moves: Record<string, number> = { [this.next]: i + 1, [this.back]: i - 1, Home: 0, End: keys.length - 1, PageDown: i + PAGE, PageUp: i - PAGE };
    const target = Object.hasOwn(moves, e.key) ? moves[e.key]! : undefined;
    if (target === undefined || !keys.length) return;
    e.preventDefault();
    this.#activate(keys[Math.max(0, Math.min(keys.length - 1, target))]!);
    this.focus();
  };

  #activate(key: string): void {
    if (key === this.active) return;
    this.active = key;
    this.host.requestUpdate();
  }
}
