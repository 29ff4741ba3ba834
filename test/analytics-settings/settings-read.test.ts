import { expect } from '@open-wc/testing';
import { english } from '../../src/core/translate.js';
import { readSettings } from '../../src/analytics-settings/settings-read.js';
import { PermissionError, ServerError } from '../../src/api/errors.js';
import type { SettingsAccess, SettingsSource, SettingValue } from '../../src/api/settings-source.js';

const VALUES: SettingValue[] = [{ id: 'GoogleAnalytics_enabled', value: true }];
const ACCESS: SettingsAccess = { editable: ['GoogleAnalytics_enabled'], reason: '' };
const never = () => new Promise<never>(() => {});

/** A source whose answers the test gives, recording in which order it was asked. */
function source(parts: Partial<SettingsSource>, asked: string[] = []): SettingsSource {
  return {
    load: async (ids, o) => (asked.push('load'), parts.load ? parts.load(ids, o) : VALUES),
    save: never,
    ...(parts.loadPublic ? { loadPublic: async (ids, o) => (asked.push('public'), parts.loadPublic!(ids, o)) } : {}),
    ...(parts.access ? { access: (ids, o) => (asked.push('access'), parts.access!(ids, o)) } : {}),
  };
}

describe('readSettings', () => {
  it('asks for the rights at the same time as the values (one round trip)', async () => {
    const asked: string[] = [];
    const read = await readSettings(source({ access: async () => ACCESS }, asked), ['GoogleAnalytics_enabled'], {});
    expect(read).to.deep.equal({ settings: VALUES, forbidden: '', access: ACCESS });
    expect(asked).to.deep.equal(['access', 'load']);
  });

  it('rights that cannot be read are unknown, never an error', async () => {
    const read = await readSettings(source({ access: () => Promise.reject(new ServerError('down')) }), [], {});
    expect(read.access).to.equal(undefined);
  });

  it('a read refused for lack of permission falls back to the public values, and says why', async () => {
    const read = await readSettings(source({ load: () => Promise.reject(new PermissionError('This account may not do this.', 403)), loadPublic: async () => VALUES }), [], {});
    expect(read.settings).to.deep.equal(VALUES);
    expect(english.text(read.forbidden)).to.equal('Only the public values are shown: This account may not do this.');
  });

  it('other failures, and a failed public read, reject with the first error', async () => {
    const down = new ServerError('down');
    const refused = new PermissionError('No.', 403);
    expect(await readSettings(source({ load: () => Promise.reject(down), loadPublic: async () => VALUES }), [], {}).catch((e) => e)).to.equal(down);
    expect(await readSettings(source({ load: () => Promise.reject(refused), loadPublic: () => Promise.reject(down) }), [], {}).catch((e) => e)).to.equal(refused);
  });

  it('an abort rejects as it is (the element was removed)', async () => {
    const abort = new DOMException('Removed.', 'AbortError');
    const error = await readSettings(source({ access: () => Promise.reject(abort), load: async () => VALUES }), [], {}).catch((e) => e);
    expect(error).to.equal(abort);
  });
});
