/**
 * dashboard-widgets/ssr: what a server rendering the widgets with `@lit-labs/ssr` adds, once:
 *
 * ```js
 * import { LitElementRenderer } from '@lit-labs/ssr';
 * import { ssrRenderOptions } from 'dashboard-widgets/ssr';
 * LitElementRenderer.renderOptions.push(ssrRenderOptions);
 * ```
 *
 * The widgets are made of internal elements (`dw-…`) that render into their own light DOM, where
 * the widget's shadow root styles them. `@lit-labs/ssr` renders every element into a declarative
 * shadow root, which would hide what such an element renders once it runs in the browser: those
 * are left for the browser to render (the widget's frame, controls and loading state still come
 * from the server). Imports lit only.
 */
import { LitElement } from 'lit';

/** For `LitElementRenderer.renderOptions`: no server rendering for the widgets' light-DOM parts. */
export function ssrRenderOptions(element: HTMLElement): { disableSsr: true } | undefined {
  const own = element instanceof LitElement && element.localName.startsWith('dw-');
  const lightDom = own && (element as unknown as { createRenderRoot: unknown }).createRenderRoot !== LitElement.prototype['createRenderRoot' as keyof LitElement];
  return lightDom ? { disableSsr: true } : undefined;
}
