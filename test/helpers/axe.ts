// axe-core ships as a UMD script: importing it for its side effect puts `axe` on window.
import 'axe-core';
import type AxeCore from 'axe-core';

const axe = (window as unknown as { axe: typeof AxeCore }).axe;

/** axe-core's violations inside an element (shadow DOM included), one readable line each. */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' ; ')}`,
  );
}
