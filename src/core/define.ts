/**
 * Registers a custom element, tolerantly, for every element of the library:
 *
 * - the tag already registered with this class, or with another copy of it (a page that loads two
 *   bundles): nothing happens;
 * - the tag owned by another element: a warning, no exception (the page keeps what it has);
 * - the class already registered under another tag: a subclass is registered under the new one
 *   (a constructor can be registered once only).
 *
 * Copies of a class are recognised by their static `tagName`, the default tag each element names.
 */
export function define(tag: string, element: CustomElementConstructor & { tagName?: string }): void {
  if (!tag) throw new Error('dashboard-widgets: define() needs a tag name');
  const existing = customElements.get(tag) as (CustomElementConstructor & { tagName?: string }) | undefined;
  if (existing) {
    if (existing !== element && existing.tagName !== element.tagName) {
      console.warn(`dashboard-widgets: <${tag}> is already defined by another element; not redefined.`);
    }
    return;
  }
  customElements.define(tag, customElements.getName?.(element) ? class extends element {} : element);
}
