import { expect } from '@open-wc/testing';
import { clip, plural } from '../../src/analytics-settings/words.js';

describe('words', () => {
  it('counts with the noun: one and many, with a plural of its own when given', () => {
    expect([plural(0, 'setting'), plural(1, 'setting'), plural(3, 'setting')]).to.deep.equal(['0 settings', '1 setting', '3 settings']);
    expect(plural(2, 'setting was', 'settings were')).to.equal('2 settings were');
  });

  it('quotes a value cut to a length, with an ellipsis', () => {
    expect(clip('abc', 3)).to.equal('abc');
    expect(clip('abcd', 3)).to.equal('ab…');
  });
});
