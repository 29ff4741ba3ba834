import type { ReactiveControllerHost } from 'lit';

/** Where each key moves to, from the item at `index` of `count` (PageUp/PageDown: `page` items). */
const MOVES: Record<string, (index: number, count: number, page: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
  PageDown: (i, _, page) => i + page,
  PageUp: (i, _, page) => i - page,
};

export interface RovingTabindexOptions {
  /** The items' keys, in order (read at each key press). */
  keys(): readonly string[];
  /** The element of an item, to move focus to. */
  element(key: string): HTMLElement | undefined;
  /** Items PageUp and PageDown move by (default 10). */
  page?: number;
}

/**
 * A list moved through with the keyboard (the roving tabindex pattern): one item, the active one,
 * is in the tab order (`tabIndex` 0), the others are not (-1); the arrow keys, Home, End, PageUp
 * and PageDown move focus and the active item, and focusing an item (a click) makes it active.
 * Items are named by keys (each item's element carries its key in `data-key`), so the active one
 * survives a new render of the list.
 *
 * Wire the list's `focusin` to `onFocusIn` and its `keydown` to `onKeyDown`, give each item
 * `tabIndex = roving.tabIndex(key)`, and call `keep()` when the items change. It needs none of the
 * host's lifecycle, so it is not registered with `addController`.
 */
export class RovingTabindex {
  #active = '';

  constructor(
    readonly host: ReactiveControllerHost,
    readonly options: RovingTabindexOptions,
  ) {}

  /** The key of the item in the tab order ('' when there is none). */
  get active(): string {
    return this.#active;
  }

  /** The tab index an item takes. */
  tabIndex(key: string): 0 | -1 {
    return key === this.#active ? 0 : -1;
  }

  /** After the items changed: the active item stays when it is still there, else the first is active. */
  keep(keys: readonly string[] = this.options.keys()): void {
    if (!keys.includes(this.#active)) this.#set(keys[0] ?? '');
  }

  /** Focuses the active item (for instance when the control that had focus went away). */
  focus(): void {
    this.options.element(this.#active)?.focus();
  }

  onFocusIn = (e: FocusEvent): void => {
    const key = ((e.target as HTMLElement).closest?.('[data-key]') as HTMLElement | null)?.dataset.key;
    if (key !== undefined && this.options.keys().includes(key)) this.#set(key);
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const keys = this.options.keys();
    if (!keys.length) return;
    const move = Object.hasOwn(MOVES, e.key) ? MOVES[e.key]! : undefined;
    if (!move) return;
    e.preventDefault();
    const target = move(Math.max(0, keys.indexOf(this.#active)), keys.length, this.options.page ?? 10);
    this.#set(keys[Math.max(0, Math.min(keys.length - 1, target))]!);
    this.focus();
  };

  #set(key: string): void {
    if (key === this.#active) return;
    this.#active = key;
    this.host.requestUpdate();
  }
}
