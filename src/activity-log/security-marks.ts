import { css } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import type { Translator } from '../core/translate.js';
import { wordsStamp } from './marker.js';
import type { ActivityRow } from './rows.js';
import { securityReason, type SecurityReason } from './security.js';

// The mark of security-relevant rows (a kind of mark of marks.ts): a badge that says, in words,
// why the row matters to an investigator. The colours only repeat what the words say.

/** What each box shows (its reason and language), so a row shown again is written only when that changed. */
const drawn = new WeakMap<HTMLElement, string>();

/** The words of a reason, in the reader's language. */
function say(reason: SecurityReason, t: Translator): string {
  switch (reason) {
    case 'super-user-granted':
      return t.t('Security-relevant: super-user access granted');
    case 'admin-access-given':
      return t.t('Security-relevant: admin access to a website given');
    case 'user-created':
      return t.t('Security-relevant: user created');
    case 'token-created':
      return t.t('Security-relevant: token created');
    case 'two-factor-disabled':
      return t.t('Security-relevant: two-factor authentication disabled');
    case 'plugin-installed':
      return t.t('Security-relevant: plugin installed');
  }
}

/** Marks a security-relevant row (see `Marker` in marks.ts). */
function mark(box: HTMLElement, _li: HTMLLIElement, row: ActivityRow, _page: readonly ActivityEntry[], t: Translator): void {
  const reason = securityReason(row.entry);
  const key = reason ? `${reason}|${wordsStamp(t)}` : '';
  if (drawn.get(box) === key) return;
  drawn.set(box, key);
  box.replaceChildren();
  if (!reason) return;
  const badge = document.createElement('span');
  badge.className = 'security-mark';
  badge.part.add('security-mark');
  badge.dataset.reason = reason;
  badge.textContent = say(reason, t);
  box.append(badge);
}

/** The security-relevant rows' kind of mark. */
export const securityMarks = {
  name: 'security',
  mark,
  styles: css`
    .security-mark {
      display: inline-block;
      padding: 0.05em 0.5em;
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
      background: var(--_danger-bg);
      color: var(--_fg);
      font-weight: 600;
    }
  `,
};
