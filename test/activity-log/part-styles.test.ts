/** part-styles.ts: the styles of a part loaded on demand join its widget's shadow root, once. */
import { expect } from '@open-wc/testing';
import { css } from 'lit';
import { adoptPartStyles } from '../../src/activity-log/part-styles.js';

describe('part-styles.ts', () => {
  it('adds the styles after the root’s own, once, and leaves a host without a shadow root alone', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    const styles = css`
      p {
        color: rgb(1, 2, 3);
      }
    `;
    adoptPartStyles(host, styles);
    adoptPartStyles(host, styles);
    expect(root.adoptedStyleSheets).to.deep.equal([own, styles.styleSheet]);
    root.append(document.createElement('p'));
    document.body.append(host);
    try {
      expect(getComputedStyle(root.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
    } finally {
      host.remove();
    }
    expect(() => adoptPartStyles(document.createElement('div'), styles)).not.to.throw();
  });
});
