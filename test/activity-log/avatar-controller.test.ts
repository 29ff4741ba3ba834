/**
 * AvatarController (and the pictures its code draws, gravatar.ts) on a tiny host: nothing loaded
 * and nothing drawn with avatars off; with them on, the code loads when rows ask for it and draws
 * the server's picture or the avatar service's for a known e-mail address; a load that failed is
 * asked for again on the next render but one, never in a loop.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AvatarController } from '../../src/activity-log/avatar-controller.js';
import { chunks } from '../../src/activity-log/chunks.js';
import { toRow } from '../../src/activity-log/rows.js';
import { toEntries } from '../../src/api/activity-source.js';
import { makeEntries } from './fake-matomo.js';

class AvatarHost extends LitElement {
  static override properties = { on: { type: Boolean } };
  on = false;
  emails: Record<string, string> = {};
  avatars = new AvatarController(this, {
    on: () => this.on,
    emails: () => this.emails,
    emailsVersion: () => 0,
    base: () => 'http://127.0.0.1:9/avatar/',
    apiBase: () => 'http://127.0.0.1:9/',
  });
}
customElements.define('avatar-host', AvatarHost);

const [sophie, admin] = toEntries(makeEntries(2, { users: ['sophie.martin', 'admin'] })).map((entry) => toRow(entry, 'en'));

/** Draws a row's picture as the list does, into a fresh avatar box; the picture's address, if any. */
function drawn(el: AvatarHost, row = sophie!): string | undefined {
  const box = document.createElement('span');
  el.avatars.picture?.(box, row);
  return box.querySelector('img')?.getAttribute('src') ?? undefined;
}

describe('AvatarController', () => {
  const original = chunks.gravatar;
  afterEach(() => (chunks.gravatar = original));

  it('loads nothing and draws nothing with avatars off', async () => {
    let asked = 0;
    chunks.gravatar = () => (asked++, original());
    const el = await fixture<AvatarHost>(html`<avatar-host></avatar-host>`);
    el.avatars.need();
    await el.updateComplete;
    expect(asked).to.equal(0);
    expect(el.avatars.picture).to.equal(undefined);
    expect(el.avatars.version).to.equal('');
  });

  it('with avatars on, loads their code when the rows ask, then draws the server picture or the service one', async () => {
    const el = await fixture<AvatarHost>(html`<avatar-host .on=${true}></avatar-host>`);
    expect(el.avatars.picture, 'initials until the code is here').to.equal(undefined);
    const before = el.avatars.version;
    el.avatars.need();
    await waitUntil(() => el.avatars.picture, 'no pictures');
    expect(el.avatars.version).to.not.equal(before);
    expect(drawn(el)).to.equal('http://127.0.0.1:9/avatars/server-sophie.martin.png');
    el.emails = { 'sophie.martin': 'Sophie@Example.org' };
    drawn(el); // starts hashing the address
    const hashed = el.avatars.version;
    await waitUntil(() => el.avatars.version !== hashed, 'the hash never came');
    expect(drawn(el)).to.match(/^http:\/\/127\.0\.0\.1:9\/avatar\/[0-9a-f]{64}\?/);
    expect(drawn(el, admin!), 'another user keeps the server picture').to.equal('http://127.0.0.1:9/avatars/server-admin.png');
    el.on = false;
    await el.updateComplete;
    expect(el.avatars.picture).to.equal(undefined);
  });

  it('after a failed load, asks again on the next render but one, not on every render', async () => {
    let attempts = 0;
    chunks.gravatar = () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : original());
    const el = await fixture<AvatarHost>(html`<avatar-host .on=${true}></avatar-host>`);
    el.avatars.need();
    await waitUntil(() => attempts === 1, 'not asked');
    await new Promise((r) => setTimeout(r));
    el.avatars.need(); // the render the failure itself asked for
    expect(attempts).to.equal(1);
    expect(el.avatars.picture).to.equal(undefined);
    el.avatars.need();
    await waitUntil(() => el.avatars.picture, 'no pictures after asking again');
    expect(attempts).to.equal(2);
  });
});
