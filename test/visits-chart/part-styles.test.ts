/** The styles of a part loaded on demand join the tree its element renders in, once, after those there. */
import { expect, fixture, html } from '@open-wc/testing';
import { css } from 'lit';
import { addPartStyles } from '../../src/visits-chart/part-styles.js';

describe('addPartStyles', () => {
  it("adds a part's styles to the shadow root the element renders in, once, after the widget's own", async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    const inside = document.createElement('span');
    root.append(inside);
    const part = css`span { color: rgb(1, 2, 3); }`;
    addPartStyles(inside, part);
    addPartStyles(root, part);
    expect(root.adoptedStyleSheets).to.deep.equal([own, part.styleSheet]);
    expect(getComputedStyle(inside).color).to.equal('rgb(1, 2, 3)');
  });
});
