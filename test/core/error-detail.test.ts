import { expect } from '@open-wc/testing';
import { errorDetail } from '../../src/core/error-detail.js';
import { ChunkLoadError } from '../../src/core/lazy-part.js';
import { AuthError, TimeoutError } from '../../src/api/errors.js';

describe('errorDetail', () => {
  it('reads the kind and message of the library errors, api layer and lazy parts alike', () => {
    const auth = new AuthError();
    expect(errorDetail(auth, 'load')).to.deep.equal({ error: auth, kind: 'auth', message: auth.message, during: 'load' });
    const timeout = new TimeoutError(15);
    expect(errorDetail(timeout, 'save')).to.include({ kind: 'timeout', message: 'The server did not answer within 15 seconds.', during: 'save' });
    const chunk = new ChunkLoadError(new TypeError('offline'));
    expect(errorDetail(chunk, 'export')).to.include({ kind: 'network', message: chunk.message });
  });

  it('says `unknown` and a generic sentence for anything else (a programming error is not for users)', () => {
    const bug = new TypeError('x is undefined');
    expect(errorDetail(bug, 'refresh')).to.deep.equal({ error: bug, kind: 'unknown', message: 'Something went wrong while loading the data.', during: 'refresh' });
  });
});
