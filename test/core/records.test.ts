import { expect } from '@open-wc/testing';
import { isRecord } from '../../src/core/records.js';

describe('isRecord', () => {
  it('tells an object of named values from a list, null and the other types', () => {
    expect(isRecord({})).to.equal(true);
    expect(isRecord(JSON.parse('{"__proto__": 1, "constructor": 2}'))).to.equal(true);
    expect(isRecord(Object.create(null))).to.equal(true);
    for (const other of [null, undefined, [], [1], 'text', 4, true]) expect(isRecord(other), JSON.stringify(other)).to.equal(false);
  });
});
