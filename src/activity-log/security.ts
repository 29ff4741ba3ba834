import type { ActivityEntry } from '../api/activity-source.js';
import { own } from './objects.js';

// Which activities an investigator looks at first: changes that give someone more power over the
// server (access, tokens, accounts, code) or take a protection away. Matomo's plugin records them
// like any other activity; this reads them out of the entry. No words here: the rows and the
// filters say each reason in the reader's language.

/** Why an entry is security-relevant. */
export type SecurityReason = 'super-user-granted' | 'two-factor-disabled' | 'token-created' | 'user-created' | 'admin-access-given' | 'plugin-installed';

/** The reasons in the order the filters and the legend name them. */
export const SECURITY_REASONS: readonly SecurityReason[] = ['super-user-granted', 'admin-access-given', 'user-created', 'token-created', 'two-factor-disabled', 'plugin-installed'];

/** The reason of the types that are security-relevant whatever their parameters say. */
const BY_TYPE = new Map<string, SecurityReason>([
  ['ActivityLog/TwoFactorDisabled', 'two-factor-disabled'],
  ['ActivityLog/UserCreatedAppSpecificTokenAuth', 'token-created'],
  ['ActivityLog/UserCreated', 'user-created'],
  ['ActivityLog/UserInviteAccepted', 'user-created'],
  ['ActivityLog/PluginInstalled', 'plugin-installed'],
]);

/**
 * Why `entry` is security-relevant, or undefined. Super-user access counts when it was granted
 * (`has_access` true, as a boolean, 1 or "1"), not when it was taken away; website access when
 * the access given is `admin` (an `access` item, as Matomo records it, or a top-level `access`).
 */
export function securityReason(entry: ActivityEntry): SecurityReason | undefined {
  const byType = BY_TYPE.get(entry.type);
  if (byType) return byType;
  const p = entry.parameters;
  if (entry.type === 'ActivityLog/UserSetSuperUserAccess') return truthy(own(p, 'has_access')) ? 'super-user-granted' : undefined;
  if (entry.type === 'ActivityLog/UserSiteAccessChanged') {
    const access = [own(p, 'access'), ...items(p).filter((item) => item.type === 'access').map((item) => own(item.data, 'access'))];
    return access.some((a) => typeof a === 'string' && a.trim().toLowerCase() === 'admin') ? 'admin-access-given' : undefined;
  }
  return undefined;
}

/** The `items` of an entry's parameters that are objects with a string `type`. */
function items(parameters: unknown): Array<{ type: string; data: unknown }> {
  const list = own(parameters, 'items');
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is { type: string; data: unknown } => typeof own(item, 'type') === 'string');
}

const truthy = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 'true';
