import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { countCases, guard, until, type Guard } from './harness.js';
import { mount, unmountAll, WIDGETS } from './widgets.js';

interface Counters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
  heapUsed: number;
}

const counters = () => executeServerCommand<Counters, undefined>('dom-counters') as Promise<Counters>;

for (const spec of WIDGETS) {
  describe(`gauntlet: <${spec.tag}> memory`, function () {
    this.timeout(120_000);
    let g: Guard;
    afterEach(() => {
      g?.restore();
      unmountAll();
    });
    after(() => countCases(spec.tag, 'memory', 1));

    it('200 mount/unmount cycles leave no detached DOM and no listener growth', async () => {
      g = guard(spec.happy);
      const host = document.createElement('div');
      host.className = 'gauntlet-host';
      host.style.width = '800px';
      document.body.append(host);
      const cycle = async () => {
        const el = await mount(spec, {}, host);
        await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the data');
        el.remove();
        // The guard records every request and event; forget them so only the widget is measured.
        g.calls.length = 0;
        g.events.length = 0;
      };
      for (let i = 0; i < 10; i++) await cycle(); // warm-up: caches, lazy registrations
      await new Promise((r) => setTimeout(r, 100));
      const before = await counters();
      for (let i = 0; i < 200; i++) await cycle();
      await new Promise((r) => setTimeout(r, 300));
      const after = await counters();
      expect(after.documents - before.documents, 'documents').to.be.at.most(0);
      expect(after.nodes - before.nodes, 'DOM nodes kept alive').to.be.below(300);
      expect(after.jsEventListeners - before.jsEventListeners, 'event listeners').to.be.below(50);
      expect(after.heapUsed - before.heapUsed, 'JS heap growth (bytes)').to.be.below(1_000_000);
    });
  });
}
