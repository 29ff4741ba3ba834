import { expect } from '@open-wc/testing';
import { merge, resolve } from '../../src/analytics-settings/conflicts.js';
import { FormModel } from '../../src/analytics-settings/form-model.js';
import type { SectionDefinition } from '../../src/analytics-settings/schema.js';

const SECTIONS: SectionDefinition[] = [
  {
    id: 's',
    title: 'S',
    settings: ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'string' as const, default: '', label: id.toUpperCase() })),
  },
];

function loaded(values: Record<string, string>) {
  const model = new FormModel(SECTIONS);
  model.load(Object.entries(values).map(([id, value]) => ({ id, value })), '', undefined);
  return model;
}

describe('conflicts between the form and the server', () => {
  it('a setting not edited here follows the server; an edited one the server changed is a conflict and keeps the edit', () => {
    const model = loaded({ a: '1', b: '1', c: '1', d: '1' });
    model.edit({ b: 'mine', c: 'same', d: 'mine' });
    const { followed, conflicts } = merge(model, [
      { id: 'a', value: 'server' },
      { id: 'b', value: 'server' },
      { id: 'c', value: 'same' },
      { id: 'd', value: '1' },
    ]);
    expect(followed).to.deep.equal(['a']);
    expect(conflicts).to.deep.equal([{ id: 'b', loaded: '1', server: 'server', mine: 'mine' }]);
    expect(model.values).to.deep.equal({ a: 'server', b: 'mine', c: 'same', d: 'mine' });
    // The server already holds "same": nothing left to save there; "b" keeps its loaded value until chosen.
    expect(model.changedIds()).to.deep.equal(['b', 'd']);
  });

  it('ignores what the form does not have, and changes nothing when the server did not change', () => {
    const model = loaded({ a: '1' });
    const values = model.values;
    const result = merge(model, [
      { id: 'a', value: '1' },
      { id: 'zz', value: 'x' },
      { id: '__proto__', value: 'x' },
    ]);
    expect(result).to.deep.equal({ followed: [], conflicts: [] });
    expect(model.values).to.equal(values);
  });

  it("the user's choice: the server's value becomes the one loaded; “theirs” puts it in the form, “mine” keeps the edit to save", () => {
    const model = loaded({ a: '1', b: '1' });
    model.edit({ a: 'mine-a', b: 'mine-b' });
    const { conflicts } = merge(model, [
      { id: 'a', value: 'server-a' },
      { id: 'b', value: 'server-b' },
    ]);
    resolve(model, conflicts, new Map([['a', 'mine'], ['b', 'theirs']] as const));
    expect(model.values).to.include({ a: 'mine-a', b: 'server-b' });
    expect(model.baseline).to.include({ a: 'server-a', b: 'server-b' });
    expect(model.changedIds()).to.deep.equal(['a']);
  });
});
