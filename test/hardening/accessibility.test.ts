import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { axeViolations } from '../helpers/axe.js';
import { countCases, deepElements, guard, until, type Guard } from './harness.js';
import { mount, unmountAll, WIDGETS } from './widgets.js';

/** The element that really has focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function focusables(el: Element): HTMLElement[] {
  return deepElements(el.shadowRoot!).filter((node): node is HTMLElement => {
    if (!(node instanceof HTMLElement)) return false;
    const tabbable = node.matches('button, input, select, textarea, a[href], summary, [tabindex]:not([tabindex="-1"])');
    if (!tabbable || (node as HTMLButtonElement).disabled || node.closest('[inert]') || node.getAttribute('tabindex') === '-1') return false;
    if (node.closest('dialog:not([open])')) return false;
    // What a closed disclosure holds is not shown (its summary is).
    const details = node.closest('details:not([open])');
    if (details && node.closest('summary')?.parentElement !== details) return false;
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
  });
}

for (const spec of WIDGETS) {
  describe(`gauntlet: <${spec.tag}> accessibility`, () => {
    let g: Guard;
    afterEach(async () => {
      g?.restore();
      unmountAll();
      await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    });
    after(() => countCases(spec.tag, 'accessibility', 6));

    for (const theme of ['light', 'dark'] as const) {
      it(`axe finds no violation once loaded (${theme})`, async () => {
        g = guard(spec.happy);
        const el = await mount(spec, { theme });
        await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the data');
        await new Promise((r) => setTimeout(r, 200));
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }

    it('axe finds no violation in the error state', async () => {
      g = guard(() => new Response('<h1>502</h1>', { status: 502 }));
      const el = await mount(spec);
      await until(() => el.shadowRoot?.querySelector('[role="alert"]'), 'the error');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('axe finds no violation while loading', async () => {
      g = guard(() => new Promise(() => {}));
      const el = await mount(spec);
      await new Promise((r) => setTimeout(r, 100));
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('every control is reachable with Tab and shows a visible focus', async () => {
      g = guard(spec.happy);
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      try {
        const el = await mount(spec);
        await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the data');
        await new Promise((r) => setTimeout(r, 200));
        const controls = focusables(el);
        expect(controls.length, 'focusable controls').to.be.greaterThan(0);
        before.focus();
        // Tab until focus leaves the widget (a date input alone takes several stops).
        const reached = new Set<Element>();
        const inWidget = (node: Element) => deepElements(el.shadowRoot!).includes(node);
        for (let i = 0; i < 200; i++) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive();
          if (!active || !inWidget(active)) {
            if (reached.size) break;
            continue;
          }
          reached.add(active);
          const style = getComputedStyle(active);
          const ring = (s: CSSStyleDeclaration) => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
          // A native control's inner parts (a date input's fields) show the ring on the control itself.
          const host = active.closest('input, select, textarea, button') ?? active;
          expect(ring(style) || ring(getComputedStyle(host)), `visible focus on <${active.tagName.toLowerCase()}> ${active.textContent?.trim().slice(0, 30) ?? ''}`).to.equal(true);
        }
        // A control that gave way to another when it was reached (the activity log's website list, when it cannot be read) is not missed: focus went on from its successor.
        const missed = controls.filter((c) => c.isConnected && !reached.has(c)).map((c) => `<${c.tagName.toLowerCase()}> ${(c.getAttribute('aria-label') ?? c.textContent ?? '').trim().slice(0, 40)}`);
        expect(missed, 'controls Tab never reached').to.deep.equal([]);
      } finally {
        before.remove();
      }
    });

    it('stops animating under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      g = guard(() => new Promise(() => {}));
      const el = await mount(spec);
      await new Promise((r) => setTimeout(r, 100));
      for (const node of deepElements(el.shadowRoot!)) {
        const style = getComputedStyle(node);
        const seconds = (v: string) => Math.max(...v.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
        if (style.animationName !== 'none') expect(seconds(style.animationDuration), `animation on ${node.tagName}.${node.className}`).to.be.at.most(0.001);
        expect(seconds(style.transitionDuration), `transition on ${node.tagName}.${node.className}`).to.be.at.most(0.001);
      }
    });
  });
}
