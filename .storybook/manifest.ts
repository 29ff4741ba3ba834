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
  description?: string;
  fieldName?: string;
}
interface Declaration {
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
