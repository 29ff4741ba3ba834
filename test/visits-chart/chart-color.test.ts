import { expect } from '@open-wc/testing';
import { Color as Kurkle } from '@kurkle/color';
import { Color } from '../../src/visits-chart/chart-color.js';

/** The channels of a `#rgb(a)` or `#rrggbb(aa)` string. */
function channels(hex: string): number[] {
  const digits = hex.slice(1);
  return (digits.length <= 4 ? [...digits].map((d) => d + d) : digits.match(/../g)!).map((d) => parseInt(d, 16));
}

/** Within 3 of 255 per channel: the library rounds hue, lightness and channels between its steps. */
function expectClose(ours: string, theirs: string, what: string): void {
  const a = channels(ours);
  const b = channels(theirs);
  expect(a.length, `${what}: ${ours} vs ${theirs}`).to.equal(b.length);
  a.forEach((v, i) => expect(Math.abs(v - b[i]!), `${what}: ${ours} vs ${theirs}`).to.be.at.most(3));
}

// What the script-tag bundles give Chart.js instead of @kurkle/color: the same answers for the
// colour forms the chart hands it.
describe('chart colours (the script-tag bundles\' stand-in for Chart.js\'s colour library)', () => {
  const samples = [
    '#2563eb',
    '#D97706',
    '#0f0',
    '#00665e80',
    'rgb(37, 99, 235)',
    'rgba(217, 119, 6, 0.5)',
    'rgb(37 99 235 / 40%)',
    'rgb(100%, 50%, 0%)',
    '#ffffff',
    '#000000',
    '#777777',
  ];

  it('reads hex, rgb() and rgba() as Chart.js\'s colour library does', () => {
    for (const value of samples) {
      expect(new Color(value).valid, value).to.be.true;
      expectClose(new Color(value).hexString(), new Kurkle(value).hexString()!, value);
    }
  });

  it('gives the same hover colour (saturated by half, darkened by a tenth)', () => {
    for (const value of samples) {
      expectClose(new Color(value).saturate(0.5).darken(0.1).hexString(), new Kurkle(value).saturate(0.5).darken(0.1).hexString()!, value);
    }
  });

  it('gives the hover colour of the default series colours of both themes, as computed styles give them', () => {
    const series = ['2456c7', 'd2601a', '1b8a5a', '8e44ad', 'c0392b', '7fa6ff', 'ffa66b', '5fd19a', 'c792ea', 'ff8a80'];
    for (const hex of series) {
      const [r, g, b] = channels(`#${hex}`);
      const computed = `rgb(${r}, ${g}, ${b})`;
      expectClose(new Color(computed).saturate(0.5).darken(0.1).hexString(), new Kurkle(computed).saturate(0.5).darken(0.1).hexString()!, computed);
    }
  });

  it('mixes opaque colours as Chart.js\'s animations expect', () => {
    for (const weight of [0, 0.25, 0.5, 0.9, 1]) {
      const ours = new Color('#2563eb').mix(new Color('rgb(217, 119, 6)'), weight).hexString();
      const theirs = new Kurkle('#2563eb').mix(new Kurkle('rgb(217, 119, 6)'), weight).hexString()!;
      expectClose(ours, theirs, `weight ${weight}`);
    }
  });

  it('keeps a form it does not read as it is, and does not animate it', () => {
    for (const value of ['hsl(210 80% 50%)', 'oklch(60% 0.2 250)', 'rebeccapurple', 'rgb(1, 2)', '#12345', '']) {
      const color = new Color(value);
      expect(color.valid, value).to.be.false;
      expect(color.saturate(0.5).darken(0.1).hexString(), value).to.equal(value);
      expect(new Color(value).mix(new Color('#000'), 0.5).hexString(), value).to.equal(value);
    }
    expect(new Color(undefined).valid).to.be.false;
  });

  it('reads transparent as a colour Chart.js can animate from', () => {
    expect(new Color('transparent').valid).to.be.true;
    expect(new Color('transparent').hexString()).to.equal('#00000000');
  });
});
