// Timing helpers shared by the bench pages.

/** `gc()` exists when Chromium runs with --js-flags=--expose-gc. */
const gc = (globalThis as { gc?: () => void }).gc;

export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Lets the frames of the previous run be produced (so their raster and compositing do not hold
 * back this run's frame), collects garbage (when exposed), then yields a task so the run starts
 * on a clean stack.
 */
export async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Forces style and layout of the page (what the next frame would otherwise do). */
export function layout(element: Element): void {
  element.getBoundingClientRect();
  void document.body.offsetHeight;
}

/** Resolves with the first `name` event of `target`: call before the work that fires it. */
export function once(target: EventTarget, name: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(name, resolve, { once: true }));
}

export interface Sample {
  /** Work until the content is in the DOM, styled and laid out (synchronous end). */
  sync: number;
  /** The same, up to the next animation frame (the brief's "updateComplete plus a rAF"). */
  frame: number;
  /** When the first part of the content was in the DOM and laid out (when `start` marks it). */
  first?: number;
}

/**
 * Times one render: `start` does the synchronous part (make, fill, connect) and returns a promise
 * of the content being in the DOM; the clock stops after forced layout, then again in the next
 * animation frame. `start` may call `mark()` when a first part of the content is in the DOM: the
 * time to that part, laid out, is `first`.
 */
export async function time(container: Element, start: (mark: () => void) => Promise<unknown>): Promise<Sample> {
  await settle();
  let first: number | undefined;
  const t0 = performance.now();
  await start(() => {
    if (first !== undefined) return;
    layout(container);
    first = performance.now() - t0;
  });
  layout(container);
  const sync = performance.now() - t0;
  await nextFrame();
  layout(container);
  const frame = performance.now() - t0;
  return first === undefined ? { sync, frame } : { sync, frame, first };
}

/** Calls `then` once `root` holds an element matching `selector` (checked after each DOM change). */
export function whenPresent(root: Node, selector: string, then: () => void): void {
  const found = () => (root as ParentNode).querySelector(selector) !== null;
  if (found()) return then();
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    then();
  });
  observer.observe(root, { childList: true, subtree: true });
}

/** Counts the nodes under `root`, shadow roots included. */
export function countNodes(root: Node): number {
  let n = 0;
  const walk = (node: Node) => {
    n++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return n;
}
