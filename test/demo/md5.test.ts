import { expect } from '@open-wc/testing';
import { md5 } from '../../src/demo/md5.js';

describe('md5', () => {
  it('hashes like every other MD5 implementation', () => {
    expect(md5('')).to.equal('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5('The quick brown fox jumps over the lazy dog')).to.equal('9e107d9d372bb6826bd81d3542a419d6');
    expect(md5('admin@example.org')).to.match(/^[0-9a-f]{32}$/);
  });

  it('handles input across block boundaries and UTF-8', () => {
    expect(md5('a'.repeat(55))).to.equal('ef1772b6dff9a122358552954ad0df65');
    expect(md5('a'.repeat(56))).to.equal('3b0c8ac703f828b04c6c197006d17218');
    expect(md5('a'.repeat(64))).to.equal('014842d480b571495a4a0363793f7367');
    expect(md5('é')).to.equal('66ddcd97cfdeabb2f6fb8a999b4bc76f');
  });
});
