/**
 * custom-elements.json as Storybook's tables read it. Storybook keys each row by name alone, so a
 * CSS part or a slot named like a property (`user`, `search`, `filters`, `title`) replaced the
 * property's row, and each attribute got a row (with a control the stories do not read) beside its
 * property. Here parts are named `::part(name)`, slots `slot="name"`, and an attribute that sets a
 * property is said in the property's description instead of a row of its own. Static members
 * (`tagName`, `define()`) are the class's, not an instance's: no row.
 */
interface Item {
  name: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
  description?: string;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  cssParts?: Item[];
  slots?: Item[];
}
interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

export function forStorybook<M extends Manifest>(manifest: M): M {
  const copy = structuredClone(manifest);
  for (const decl of copy.modules.flatMap((m) => m.declarations ?? [])) {
    decl.members = (decl.members ?? []).filter((m) => !m.static);
    const members = new Map(decl.members.map((m) => [m.name, m]));
    decl.attributes = (decl.attributes ?? []).filter((a) => {
      const member = a.fieldName ? members.get(a.fieldName) : undefined;
      if (!member) return true;
      if (a.name !== member.name) member.description = `${member.description ?? ''} Attribute: \`${a.name}\`.`.trim();
      return false;
    });
    for (const part of decl.cssParts ?? []) part.name = `::part(${part.name})`;
    for (const slot of decl.slots ?? []) if (slot.name) slot.name = `slot="${slot.name}"`;
  }
  return copy;
}

/** The table categories Storybook gives rows that describe the element but set nothing on it. */
const DESCRIPTIVE = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);

interface ArgTypeRow {
  control?: unknown;
  table?: { category?: string };
}

/**
 * An argTypes enhancer: Storybook gives every manifest row a control (an object editor for an event,
 * a part, a slot or a custom property, a text box for a read-only property), and none of those sets
 * anything on the widget. Here they keep their row, without a control; events are still logged as
 * actions. The controls left are the writable properties, which the stories' render functions set.
 */
export function settableControlsOnly(manifest: Manifest) {
  const readOnly = new Map<string, Set<string>>();
  for (const decl of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (decl.tagName) readOnly.set(decl.tagName, new Set((decl.members ?? []).filter((m) => m.readonly).map((m) => m.name)));
  }
  return <A extends Record<string, ArgTypeRow>>(context: { component?: unknown; argTypes: A }): A => {
    const tagReadOnly = typeof context.component === 'string' ? readOnly.get(context.component) : undefined;
    const argTypes = { ...context.argTypes };
    for (const [name, row] of Object.entries(argTypes)) {
      const category = row.table?.category ?? '';
      if (DESCRIPTIVE.has(category) || (category === 'properties' && tagReadOnly?.has(name))) (argTypes as Record<string, ArgTypeRow>)[name] = { ...row, control: false };
    }
    return argTypes;
  };
}
