/** type-sets.ts: the activity-type filter's lists of types and sets of types. */
import { expect } from '@open-wc/testing';
import { english } from '../../src/core/translate.js';
import { formatTypes, inSet, parseTypes, typeName, typeNames, typesTest, TYPE_SETS } from '../../src/activity-log/type-sets.js';
import { toEntries } from '../../src/api/activity-source.js';

const entry = (type: string, parameters: Record<string, unknown> = {}) =>
  toEntries([{ idactivity: '1', id: '1', user_login: 'a', type, parameters, datetime: '2024-06-01 10:00:00', description: 'd' }])[0]!;

describe('type-sets.ts', () => {
  it('reads type ids, set names and junk apart, each once', () => {
    expect(parseTypes(' goals, ActivityLog/GoalAdded ,sign-ins,goals,,__proto__,constructor,<img src=x>')).to.deep.equal({
      ids: ['ActivityLog/GoalAdded'],
      sets: ['goals', 'sign-ins'],
      unknown: ['__proto__', 'constructor', '<img src=x>'],
    });
    expect(parseTypes('')).to.deep.equal({ ids: [], sets: [], unknown: [] });
    expect(parseTypes(`a/${'b'.repeat(10_000)}`).unknown).to.have.length(1);
    expect(formatTypes({ ids: ['ActivityLog/GoalAdded'], sets: ['security'] })).to.equal('security,ActivityLog/GoalAdded');
    expect(TYPE_SETS).to.deep.equal(['sign-ins', 'security', 'users', 'websites', 'goals', 'segments', 'reports', 'privacy', 'system', 'annotations', 'alerts', 'other']);
  });

  it('expands the shortcuts and groups to the types they stand for', () => {
    for (const type of ['UserSignedIn', 'UserSignInFailed', 'UserSignedOff', 'PasswordResetInitiated', 'PasswordResetConfirmed']) expect(inSet('sign-ins', entry(`ActivityLog/${type}`)), type).to.equal(true);
    expect(inSet('sign-ins', entry('ActivityLog/UserCreated'))).to.equal(false);
    expect(inSet('security', entry('ActivityLog/UserCreated'))).to.equal(true);
    expect(inSet('security', entry('ActivityLog/UserSetSuperUserAccess', { has_access: false }))).to.equal(false);
    expect(inSet('security', entry('ActivityLog/UserSetSuperUserAccess', { has_access: true }))).to.equal(true);
    expect(inSet('goals', entry('ActivityLog/GoalAdded'))).to.equal(true);
    expect(inSet('goals', entry('ActivityLog/SegmentChanged'))).to.equal(false);
    expect(inSet('other', entry('SomePlugin/Unheard'))).to.equal(true);
  });

  it('tests an entry against every type and set chosen, and tests nothing when none is named', () => {
    const test = typesTest(parseTypes('ActivityLog/SegmentChanged,goals'))!;
    expect(['ActivityLog/SegmentChanged', 'ActivityLog/GoalChanged', 'ActivityLog/UserSignedIn'].map((t) => test(entry(t)))).to.deep.equal([true, true, false]);
    expect(typesTest(parseTypes('junk,__proto__'))).to.equal(undefined);
  });

  it('names types and sets in the reader’s words, junk as given', () => {
    expect(typeNames('sign-ins,security,goals,ActivityLog/GoalAdded,__proto__', english)).to.deep.equal(['Sign-ins', 'Security-relevant changes', 'Goals', 'Goal added', '__proto__']);
    expect(typeName('constructor', english)).to.equal('constructor');
  });
});
