import type { TemplateResult } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import type { Text } from '../i18n/types.js';

// The registry of activity types (in the first view: pages register their own types early).
// Matomo's own types, and how a type is shown, are in catalogue.ts, loaded with the first page.

/** The groups of the activity-type filter, in the order they are offered, as messages. */
export const CATEGORY_TEXTS = {
  users: { key: 'Users & access' },
  websites: { key: 'Websites' },
  goals: { key: 'Goals' },
  segments: { key: 'Segments' },
  reports: { key: 'Reports' },
  privacy: { key: 'Privacy' },
  system: { key: 'Plugins & system' },
  annotations: { key: 'Annotations' },
  alerts: { key: 'Alerts & dimensions' },
  other: { key: 'Other plugins' },
} as const satisfies Record<string, Text>;

/** The groups' English names (a registered type's `category` may name one instead of its key). */
export const ACTIVITY_CATEGORIES = Object.fromEntries(Object.entries(CATEGORY_TEXTS).map(([key, text]) => [key, text.key])) as { readonly [K in ActivityCategory]: (typeof CATEGORY_TEXTS)[K]['key'] };

export type ActivityCategory = keyof typeof CATEGORY_TEXTS;

/** Names of the built-in icons (one per category, plus a few for common activities). */
export type ActivityIconName = 'user' | 'key' | 'sign-in' | 'sign-out' | 'site' | 'goal' | 'segment' | 'report' | 'privacy' | 'plugin' | 'note' | 'alert' | 'puzzle';

/**
 * A type's icon: a built-in icon name, a short text glyph (an emoji, a letter), or a lit template
 * (an `svg` of your own; 16×16, drawn with `currentColor`).
 */
export type ActivityIcon = ActivityIconName | string | TemplateResult;

/** What `registerActivityType` accepts. */
export interface ActivityTypeDefinition {
  /** Human name of the activity, e.g. "Heatmap created". */
  label: string;
  /** One of the category keys (`goals`), its label ("Goals"), or a new group name of your own. */
  category: ActivityCategory | string;
  icon?: ActivityIcon | undefined;
  /**
   * A plain-text description of an entry, replacing the server's (without the actor, e.g.
   * "created the heatmap “Pricing”"). Return undefined to keep the server's. The text is shown as
   * text, never parsed as HTML.
   */
  describe?: ((entry: ActivityEntry) => string | undefined) | undefined;
}

/** A type as the widget shows it. */
export interface ActivityTypeInfo {
  id: string;
  /** Its label in English (searches and exports read it). */
  label: string;
  /** Its label as shown: a message (Matomo's own types), or the text a page registered or the id gave. */
  text: Text | string;
  /** The group key: a category key, or `custom:<name>` for a developer's own group. */
  group: string;
  /** The group's label in English. */
  groupLabel: string;
  /** The group's label as shown. */
  groupText: Text | string;
  icon: ActivityIcon;
  /** The plugin part of the id ("ActivityLog" in "ActivityLog/GoalAdded"). */
  plugin: string;
  /** False for a type the catalogue does not know (rendered generically). */
  known: boolean;
  describe?: ((entry: ActivityEntry) => string | undefined) | undefined;
}

/** @internal The types registered with `registerActivityType`. */
export const registered = new Map<string, ActivityTypeDefinition>();
let version = 0;

/** @internal Changes whenever a type is registered (caches of labels key on it). */
export const catalogueVersion = (): number => version;

/**
 * Fires `change` when a type is registered, so that mounted widgets show the new label.
 * @internal
 */
export const activityTypeRegistry = new EventTarget();

/**
 * Gives a type (typically a developer's own plugin activity, `MyPlugin/ThingCreated`) a label, a
 * category and an icon, or overrides a built-in one. Widgets already on the page re-render.
 */
export function registerActivityType(id: string, definition: ActivityTypeDefinition): void {
  if (!id || typeof definition?.label !== 'string' || !definition.label.trim()) {
    throw new TypeError('registerActivityType(id, { label, category }) needs a type id and a label');
  }
  registered.set(id, { ...definition });
  version++;
  activityTypeRegistry.dispatchEvent(new Event('change'));
}
