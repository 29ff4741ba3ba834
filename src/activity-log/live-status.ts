import { html, type TemplateResult } from 'lit';
import { english, type Translator } from '../core/translate.js';

/**
 * What live updating is doing: `off` (no interval), `live`, `paused` (by the reader), `offline`
 * (the browser is offline, or the server could not be reached: it keeps trying), `stopped` (the
 * server refused the token or the access: no automatic retries, which a server would count as
 * failed logins).
 */
export type LiveState = 'off' | 'live' | 'paused' | 'offline' | 'stopped';

/** The live status ("Live · updated 3:05 PM", "Paused"…) and its Pause / Resume button, for the header, in the words of `t`. */
export function renderLiveStatus(state: LiveState, label: string, loading: boolean, toggle: () => void, t: Translator = english): TemplateResult {
  return html`<span class="live-status ${state}" part="live-status"><span class="dot" aria-hidden="true"></span>${label}</span>
    <button type="button" class="small" part="pause-button" ?disabled=${loading} @click=${toggle}>${state === 'paused' || state === 'stopped' ? t.t('Resume') : t.t('Pause')}<span class="visually-hidden"> ${
        // Read after the button's word ("Pause", "Resume"): what it pauses.
        t.t('live updates')
      }</span></button>`;
}
