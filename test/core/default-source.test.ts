import { expect } from '@open-wc/testing';
import { DefaultSource, type ServerConnection } from '../../src/core/default-source.js';

const connection = (patch: Partial<ServerConnection> = {}): ServerConnection => ({ apiBase: 'https://m.example/', token: 't1', userId: '', timeout: 15_000, ...patch });

describe('DefaultSource', () => {
  it('makes one source per connection and keeps it while the connection stays the same', () => {
    const made: ServerConnection[] = [];
    const sources = new DefaultSource((c) => {
      made.push(c);
      return { made: made.length };
    });
    const first = sources.for(connection());
    expect(sources.for(connection())).to.equal(first);
    expect(made).to.deep.equal([connection()]);
  });

  it('makes a new source when the server, token, user or timeout changes', () => {
    let count = 0;
    const sources = new DefaultSource(() => ({ n: ++count }));
    const seen = [
      sources.for(connection()),
      sources.for(connection({ apiBase: 'https://other.example/' })),
      sources.for(connection({ apiBase: 'https://other.example/', token: 't2' })),
      sources.for(connection({ apiBase: 'https://other.example/', token: 't2', userId: 'u1' })),
      sources.for(connection({ apiBase: 'https://other.example/', token: 't2', userId: 'u1', timeout: 30_000 })),
    ];
    expect(seen.map((s) => s.n)).to.deep.equal([1, 2, 3, 4, 5]);
    // Back to the first connection: a fresh source (only the last one is kept).
    expect(sources.for(connection()).n).to.equal(6);
  });

  it('does not mistake one connection for another whose fields run together', () => {
    let count = 0;
    const sources = new DefaultSource(() => ({ n: ++count }));
    const a = sources.for(connection({ apiBase: 'a', token: 'bc' }));
    const b = sources.for(connection({ apiBase: 'ab', token: 'c' }));
    expect(a).not.to.equal(b);
  });
});
