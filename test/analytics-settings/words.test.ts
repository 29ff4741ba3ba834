import { expect } from '@open-wc/testing';
import { english, translator } from '../../src/core/translate.js';
import { clip, KEPT, say } from '../../src/analytics-settings/words.js';
import { languageReady } from '../helpers/pseudo-locale.js';

describe('words', () => {
  it('quotes a value cut to a length, with an ellipsis', () => {
    expect(clip('abc', 3)).to.equal('abc');
    expect(clip('abcd', 3)).to.equal('ab…');
  });

  it('says a message in the reader’s language, and a server’s words as they are, cut to a length', async () => {
    await languageReady('de');
    expect(say(english, KEPT)).to.equal('Every edit is kept: nothing you typed is lost.');
    expect(say(translator('de'), KEPT)).not.to.contain('Every edit');
    expect(say(translator('de'), 'x'.repeat(400))).to.have.length(300);
  });
});
