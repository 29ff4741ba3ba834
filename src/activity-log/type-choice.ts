import { css, html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../core/translate.js';
import type { ShownType } from './filter-options.js';
import { formatTypes, parseTypes, SHORTCUTS, TYPE_SETS, typeName, type TypeChoice } from './type-sets.js';

// The activity-type filter's choice of several: a panel of checkboxes (the shortcuts, then each
// group of types, whose own checkbox stands for the whole group and shows "some" when part of it
// is chosen), opened by a disclosure button beside the type select. Every change applies at once.

/** What the panel needs from the filter bar. */
export interface TypeChoiceHost {
  /** The activity-type filter's value. */
  value: string;
  /** The groups of types, once their code is here (filter-options.ts). */
  groups: Array<{ label: string; types: ShownType[] }> | undefined;
  t: Translator;
  /** Applies a new value. */
  set(value: string): void;
  /** Closes the panel, focus back on its button. */
  close(): void;
}

/** The number of items chosen in `value` (types and sets). */
export const chosenCount = (value: string): number => {
  const choice = parseTypes(value);
  return choice.ids.length + choice.sets.length;
};

/** The panel: its id is `type-choice` (the button's `aria-controls`). */
export function renderTypeChoice(host: TypeChoiceHost): TemplateResult {
  const { t, groups } = host;
  const choice = parseTypes(host.value);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    host.close();
  };
  return html`<div id="type-choice" class="type-choice" part="type-choice" role="group" aria-label=${t.t('Choose several activities')} @keydown=${onKey}>
    <fieldset class="type-group">
      <legend>${t.t('Shortcuts')}</legend>
      ${SHORTCUTS.map((name) => box(typeName(name, t), choice.sets.includes(name), false, () => host.set(formatTypes(toggleSet(choice, name, [])))))}
    </fieldset>
    ${groups
      ? groups.map((group) => {
          const key = group.types[0]?.info.group ?? '';
          const ids = group.types.map((type) => type.id);
          const whole = choice.sets.includes(key);
          const some = !whole && ids.some((id) => choice.ids.includes(id));
          return html`<fieldset class="type-group">
            <legend>${TYPE_SETS.includes(key) ? box(group.label, whole, some, () => host.set(formatTypes(toggleSet(choice, key, ids))), 'whole') : group.label}</legend>
            ${group.types.map(({ id, label }) =>
              box(label, whole || choice.ids.includes(id), false, () => host.set(formatTypes(toggleType(choice, id, whole ? { key, ids } : undefined))), undefined, true),
            )}
          </fieldset>`;
        })
      : html`<p class="type-loading">${t.t('Loading activities…')}</p>`}
  </div>`;
}

/** A labelled checkbox (`data`: its label is a type's name as the server or a plugin gives it). */
function box(label: string, checked: boolean, some: boolean, toggle: () => void, kind?: 'whole', data = false): TemplateResult {
  return html`<label class="type-option${kind ? ` type-${kind}` : ''}" translate=${data ? 'no' : nothing}
    ><input type="checkbox" .checked=${checked} .indeterminate=${some} @change=${(e: Event) => reset(e, checked, some, toggle)} /> ${label}</label
  >`;
}

/**
 * A click changed the box; it shows again what the choice says until the new choice is rendered,
 * which then writes only what changed (lit's `live` directive would do this too, but it would take
 * lit's internals into the first view with it).
 */
function reset(e: Event, checked: boolean, some: boolean, toggle: () => void): void {
  const input = e.target as HTMLInputElement;
  input.checked = checked;
  input.indeterminate = some;
  toggle();
}

/** The choice with set `name` switched: on, it replaces the types of its group chosen one by one (`ids`). */
function toggleSet(choice: TypeChoice, name: string, ids: readonly string[]): TypeChoice {
  const on = !choice.sets.includes(name);
  return { ...choice, sets: on ? [...choice.sets, name] : choice.sets.filter((s) => s !== name), ids: choice.ids.filter((id) => !ids.includes(id)) };
}

/** The choice with type `id` switched; when its whole group was chosen (`group`), the group's other types instead. */
function toggleType(choice: TypeChoice, id: string, group?: { key: string; ids: readonly string[] }): TypeChoice {
  if (group) return { ...choice, sets: choice.sets.filter((s) => s !== group.key), ids: [...choice.ids, ...group.ids.filter((other) => other !== id && !choice.ids.includes(other))] };
  return { ...choice, ids: choice.ids.includes(id) ? choice.ids.filter((other) => other !== id) : [...choice.ids, id] };
}

/** The panel's styles, adopted with the filter bar's. */
export const typeChoiceStyles = css`
  .type-choice {
    grid-column: 1 / -1;
    max-height: 22em;
    overflow: auto;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    columns: 15em;
    column-gap: var(--_space);
  }
  .type-group {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0;
    border: 0;
  }
  .type-group legend {
    padding: 0;
    font-weight: 600;
  }
  .type-option {
    /* A group longer than a column flows on into the next; a checkbox never leaves its label. */
    break-inside: avoid;
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    padding-block: 0.15em;
    overflow-wrap: anywhere;
  }
  .type-loading {
    margin: 0;
  }
`;
