import { expect } from '@open-wc/testing';
import { buildEmbedFragment, parseEmbedFragment } from '../../src/embed/fragment.js';
import { allowedAttributes, WIDGETS } from '../../src/embed/catalog.js';

const BASE = 'https://widgets.example/embed.html';

describe('embed fragment: reading', () => {
  it('reads the widget, its attributes, the token, the frame id and the parent origin', () => {
    const r = parseEmbedFragment(
      '#widget=visits-chart&api-base=https://matomo.example/&token=abc123&site-id=1,2&period=week&compare=true&theme=dark&frame-id=f-1&parent-origin=https://intranet.example',
      WIDGETS,
      BASE,
    );
    expect(r.error).to.equal(undefined);
    expect(r.widget).to.equal('visits-chart');
    expect(r.attributes).to.deep.equal({ 'api-base': 'https://matomo.example/', 'site-id': '1,2', period: 'week', compare: '', theme: 'dark' });
    expect(r.token).to.equal('abc123');
    expect(r.frameId).to.equal('f-1');
    expect(r.parentOrigin).to.equal('https://intranet.example');
    expect(r.ignored).to.deep.equal([]);
  });

  it('explains a missing or unknown widget instead of showing anything', () => {
    expect(parseEmbedFragment('', WIDGETS, BASE).error).to.match(/#widget=activity-log/);
    const unknown = parseEmbedFragment('#widget=script', WIDGETS, BASE);
    expect(unknown.widget).to.equal('');
    expect(unknown.error).to.contain('no widget called "script"');
    for (const inherited of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(parseEmbedFragment(`#widget=${inherited}`, WIDGETS, BASE).widget, inherited).to.equal('');
    }
  });

  it("accepts only the widget's own attributes: no handlers, no style, no other widget's attributes", () => {
    const r = parseEmbedFragment('#widget=activity-log&onclick=alert(1)&style=color:red&site-id=1&page-size=50&slot=x&id=y', WIDGETS, BASE);
    expect(r.attributes).to.deep.equal({ 'page-size': '50' });
    expect(r.ignored).to.have.members(['onclick', 'style', 'site-id', 'slot', 'id']);
  });

  it('accepts only http(s) server and avatar addresses (relative ones resolve against the page)', () => {
    const bad = parseEmbedFragment('#widget=activity-log&api-base=javascript:alert(1)&avatar-base=data:text/html,x', WIDGETS, BASE);
    expect(bad.attributes).to.deep.equal({});
    expect(bad.ignored).to.have.members(['api-base', 'avatar-base']);
    const relative = parseEmbedFragment('#widget=activity-log&api-base=/matomo/&avatar-base=https://avatars.example/', WIDGETS, BASE);
    expect(relative.attributes).to.deep.equal({ 'api-base': '/matomo/', 'avatar-base': 'https://avatars.example/' });
  });

  it('reads booleans: on for "", true, 1, yes or the name; off for false, 0, no; anything else ignored', () => {
    for (const on of ['', 'true', '1', 'yes', 'compare', 'TRUE']) {
      expect(parseEmbedFragment(`#widget=visits-chart&compare=${on}`, WIDGETS, BASE).attributes, on).to.deep.equal({ compare: '' });
    }
    for (const off of ['false', '0', 'no']) {
      expect(parseEmbedFragment(`#widget=visits-chart&compare=${off}`, WIDGETS, BASE).attributes, off).to.deep.equal({});
    }
    expect(parseEmbedFragment('#widget=visits-chart&compare=maybe', WIDGETS, BASE).ignored).to.deep.equal(['compare']);
  });

  it('keeps the values a boolean may also take (compare=previous-year), both ways', () => {
    expect(parseEmbedFragment('#widget=visits-chart&compare=previous-year', WIDGETS, BASE).attributes).to.deep.equal({ compare: 'previous-year' });
    expect(parseEmbedFragment('#widget=visits-chart&compare=previous-period', WIDGETS, BASE).attributes).to.deep.equal({ compare: 'previous-period' });
    expect(buildEmbedFragment({ widget: 'visits-chart', attributes: { compare: 'previous-year' } })).to.equal('widget=visits-chart&compare=previous-year');
    expect(buildEmbedFragment({ widget: 'visits-chart', attributes: { compare: true } })).to.equal('widget=visits-chart&compare=true');
  });

  it('ignores an unknown theme, a frame id with odd characters, a parent origin that is not http(s), and oversized values', () => {
    const r = parseEmbedFragment(
      `#widget=activity-log&theme=neon&frame-id=${encodeURIComponent('a b"<')}&parent-origin=file:///etc&user=${'x'.repeat(3000)}`,
      WIDGETS,
      BASE,
    );
    expect(r.attributes).to.deep.equal({});
    expect(r.frameId).to.equal('');
    expect(r.parentOrigin).to.equal('');
    expect(r.ignored).to.have.members(['theme', 'frame-id', 'parent-origin', 'user']);
  });

  it('keeps the first of repeated parameters, so an appended copy cannot override', () => {
    const r = parseEmbedFragment('#widget=activity-log&token=first&widget=visits-chart&token=second&user=a&user=b', WIDGETS, BASE);
    expect(r.widget).to.equal('activity-log');
    expect(r.token).to.equal('first');
    expect(r.attributes.user).to.equal('a');
  });

  it('lists the attributes every widget may be given', () => {
    expect(allowedAttributes('analytics-settings')).to.deep.equal(['api-base', 'locale', 'theme', 'timeout', 'user-id', 'readonly', 'compact']);
    expect(allowedAttributes('nope')).to.deep.equal([]);
  });

  it('reads a background: transparent or a hex colour, nothing else', () => {
    expect(parseEmbedFragment('#widget=activity-log&background=transparent').background).to.equal('transparent');
    expect(parseEmbedFragment('#widget=activity-log&background=%23f6F7f9').background).to.equal('#f6F7f9');
    for (const bad of ['red;x:1', 'url(https://x.example/)', '#12', 'var(--x)', '#ffffff)']) {
      const request = parseEmbedFragment(`#widget=activity-log&background=${encodeURIComponent(bad)}`);
      expect(request.background, bad).to.equal('');
      expect(request.ignored).to.deep.equal(['background']);
    }
    expect(buildEmbedFragment({ widget: 'activity-log', background: '#000', token: 't' })).to.equal('widget=activity-log&background=%23000&token=t');
  });
});

describe('embed fragment: writing', () => {
  it('writes the widget first, attributes in catalogue order, then token, frame id and origin, readable', () => {
    const fragment = buildEmbedFragment({
      widget: 'visits-chart',
      attributes: { compare: true, 'site-id': '1,2,3', 'api-base': 'https://matomo.example/', period: 'day', metrics: '', locale: null },
      token: 'tok',
      frameId: 'f1',
      parentOrigin: 'https://intranet.example',
    });
    expect(fragment).to.equal(
      'widget=visits-chart&api-base=https://matomo.example/&site-id=1,2,3&period=day&compare=true&token=tok&frame-id=f1&parent-origin=https://intranet.example',
    );
  });

  it('encodes what would break the fragment, and reads back to the same values', () => {
    const attributes = { user: 'ann & bob+co #1 =x %', 'activity-type': 'ActivityLog/GoalAdded', 'api-base': 'https://m.example/a b/' };
    const fragment = buildEmbedFragment({ widget: 'activity-log', attributes, token: 'a+b/c=&d' });
    expect(fragment).not.to.match(/[ #]/);
    const back = parseEmbedFragment(fragment, WIDGETS, BASE);
    expect(back.attributes).to.deep.equal(attributes);
    expect(back.token).to.equal('a+b/c=&d');
  });

  it("leaves out what the widget does not accept, and refuses a widget that cannot be embedded", () => {
    expect(buildEmbedFragment({ widget: 'activity-log', attributes: { 'site-id': '1', onclick: 'x', gravatar: false } })).to.equal('widget=activity-log');
    expect(() => buildEmbedFragment({ widget: 'iframe' })).to.throw(/cannot be embedded/);
  });
});
