import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { UnloadGuard } from '../../src/analytics-settings/unload-guard.js';

class GuardHost extends LitElement {
  dirty = false;
  constructor() {
    super();
    this.addController(new UnloadGuard(this, () => this.dirty));
  }
}
customElements.define('unload-guard-host', GuardHost);

/** Whether leaving the page now would be questioned. */
function leavingQuestioned(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('UnloadGuard', () => {
  it('questions leaving the page while there is something unsaved, after the host updates', async () => {
    const el = await fixture<GuardHost>(html`<unload-guard-host></unload-guard-host>`);
    expect(leavingQuestioned()).to.equal(false);
    el.dirty = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(leavingQuestioned()).to.equal(true);
    el.dirty = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(leavingQuestioned()).to.equal(false);
  });

  it('never while the host is off the page, even if it updates there; again when it is back', async () => {
    const el = await fixture<GuardHost>(html`<unload-guard-host></unload-guard-host>`);
    el.dirty = true;
    el.requestUpdate();
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    expect(leavingQuestioned()).to.equal(false);
    el.requestUpdate();
    await el.updateComplete;
    expect(leavingQuestioned()).to.equal(false);
    parent.append(el);
    expect(leavingQuestioned()).to.equal(true);
    el.remove();
  });
});
