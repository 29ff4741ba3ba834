/** security.ts: why an entry is security-relevant, read from entries shaped as the real plugin and the demo record them, and from hostile ones. */
import { expect } from '@open-wc/testing';
import { securityReason, SECURITY_REASONS } from '../../src/activity-log/security.js';
import { toEntries, type ActivityEntry } from '../../src/api/activity-source.js';
import { recording } from '../api/real-matomo.js';

/** An entry as the API layer gives it, from a raw answer (so parameters go through the same normalisation). */
const entry = (type: string, parameters: unknown): ActivityEntry => toEntries([{ id: '1', user_login: 'admin', type: `ActivityLog/${type}`, parameters, datetime: '2026-12-06 18:24:58', description: 'did it' }])[0]!;

const user = { type: 'user', data: { login: 'editor', email: 'editor@example.com' } };
const site = { type: 'measurable', data: { id: '2', name: 'Shop', type: 'website', urls: ['https://shop.example.com'] } };
/** UserSiteAccessChanged as Matomo 5.1.2's plugin records it: the access given is an item of its own. */
const accessItem = (access: unknown) => entry('UserSiteAccessChanged', { items: [user, site, { type: 'access', data: { access } }] });

describe('security.ts', () => {
  it('knows the types that are security-relevant whatever their parameters say', () => {
    expect(securityReason(entry('TwoFactorDisabled', []))).to.equal('two-factor-disabled');
    expect(securityReason(entry('UserCreatedAppSpecificTokenAuth', { description: 'extra token', items: [user] }))).to.equal('token-created');
    expect(securityReason(entry('UserCreated', { items: [user] }))).to.equal('user-created');
    expect(securityReason(entry('UserInviteAccepted', []))).to.equal('user-created');
    expect(securityReason(entry('PluginInstalled', { items: [{ type: 'plugin', data: { name: 'Heatmaps' } }] }))).to.equal('plugin-installed');
    // Their opposites and neighbours are not.
    for (const type of ['TwoFactorEnabled', 'UserRemoved', 'PluginUninstalled', 'PluginActivated', 'UserSignedIn', 'UserSignInFailed', 'GoalAdded']) expect(securityReason(entry(type, [])), type).to.equal(undefined);
    expect(securityReason({ ...entry('UserCreated', []), type: 'OtherPlugin/UserCreated' })).to.equal(undefined);
    expect(SECURITY_REASONS).to.have.length(6);
  });

  it('counts super-user access when it was granted, as a boolean, 1, "1" or "true", not when it was taken away', () => {
    for (const yes of [true, 1, '1', 'true']) expect(securityReason(entry('UserSetSuperUserAccess', { has_access: yes, items: [user] })), String(yes)).to.equal('super-user-granted');
    for (const no of [false, 0, '0', 'false', '', null, 'yes please', [true], { has_access: true }]) {
      expect(securityReason(entry('UserSetSuperUserAccess', { has_access: no, items: [user] })), JSON.stringify(no)).to.equal(undefined);
    }
    expect(securityReason(entry('UserSetSuperUserAccess', { items: [user] }))).to.equal(undefined);
    expect(securityReason(entry('UserSetSuperUserAccess', []))).to.equal(undefined);
  });

  it('counts website access when admin access is given: as an access item (the real plugin) or a top-level access (older records)', () => {
    expect(securityReason(accessItem('admin'))).to.equal('admin-access-given');
    expect(securityReason(accessItem(' Admin '))).to.equal('admin-access-given');
    for (const other of ['view', 'write', 'noaccess', '', null, 1, ['admin'], { access: 'admin' }]) expect(securityReason(accessItem(other)), JSON.stringify(other)).to.equal(undefined);
    expect(securityReason(entry('UserSiteAccessChanged', { access: 'admin', items: [user, site] }))).to.equal('admin-access-given');
    expect(securityReason(entry('UserSiteAccessChanged', { access: 'view', items: [user, site] }))).to.equal(undefined);
  });

  it('reads the recording of the real server: write access given, a token created, a user added', async () => {
    // The entries the widget read from it, as its load event carried them.
    const recorded = (await recording('al-super-pagesize-120')) as unknown as { events: Array<{ type: string; detail?: { entries?: ActivityEntry[] } }> };
    const entries = recorded.events.find((e) => e.type === 'dw-activity-load')!.detail!.entries!;
    const reasons = new Map(entries.map((e) => [e.type, securityReason({ ...e, datetime: null })]));
    expect(reasons.get('ActivityLog/UserSiteAccessChanged')).to.equal(undefined); // "write"
    expect(reasons.get('ActivityLog/UserCreatedAppSpecificTokenAuth')).to.equal('token-created');
    expect(reasons.get('ActivityLog/UserCreated')).to.equal('user-created');
    expect(reasons.get('ActivityLog/PluginDeactivated')).to.equal(undefined);
  });

  it('reads hostile parameters as nothing: keys of prototypes, arrays, nulls, odd items', () => {
    // JSON gives "__proto__" as an own key: what it holds is not the entry's.
    expect(securityReason(entry('UserSetSuperUserAccess', JSON.parse('{"__proto__": {"has_access": true}}')))).to.equal(undefined);
    expect(securityReason(entry('UserSiteAccessChanged', JSON.parse('{"__proto__": {"access": "admin"}, "items": [{"type": "access", "data": {"__proto__": {"access": "admin"}}}]}')))).to.equal(undefined);
    expect(securityReason(entry('UserSiteAccessChanged', { items: [null, 'access', ['access', { access: 'admin' }], { type: ['access'], data: { access: 'admin' } }, { type: 'access' }, { type: 'access', data: null }] }))).to.equal(undefined);
    expect(securityReason(entry('UserSiteAccessChanged', { items: { type: 'access', data: { access: 'admin' } } }))).to.equal(undefined);
    expect(securityReason(entry('UserSiteAccessChanged', null))).to.equal(undefined);
    expect(securityReason(entry('constructor', { has_access: true }))).to.equal(undefined);
    expect(securityReason({ ...entry('UserSetSuperUserAccess', []), parameters: Object.create({ has_access: true }) as Record<string, unknown> })).to.equal(undefined);
  });
});
