import { expect } from '@open-wc/testing';
import { fnv1a } from '../../src/core/fnv.js';

describe('fnv1a', () => {
  it('gives the 32-bit FNV-1a hash of the reference vectors, unsigned', () => {
    expect(fnv1a('')).to.equal(0x811c9dc5);
    expect(fnv1a('a')).to.equal(0xe40c292c);
    expect(fnv1a('foobar')).to.equal(0xbf9cf968);
  });
});
