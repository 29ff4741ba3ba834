import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage, isDashboardError } from './errors.js';
import { english, type Translator } from './translate.js';

/**
 * The error box every widget shows when loading fails: the error's human message, what to do
 * about it, and a Retry button where retrying can help, in the translator's language (the
 * widget's `this.localize`; English without one). `title` is already in that language (default:
 * "Could not load the data"). Rendered as text, never as HTML; a server's own words (an error
 * made with a plain string) marked as not to be translated.
 */
export function errorBox(error: unknown, onRetry?: () => void, title?: string, t: Translator = english): TemplateResult {
  const known = isDashboardError(error);
  const retryable = !known || error.retryable;
  const hint = known && error.hint !== undefined ? error.hint : known && error.kind === 'auth' ? t.t('Check the token given to this widget.') : known && error.kind === 'permission' ? t.t('Ask an administrator for access, or use a token that has it.') : '';
  return html`<div class="message error" role="alert" part="error">
    <strong>${title ?? t.t('Could not load the data')}</strong>
    <p>${known && !error.text ? html`<span translate="no">${error.message}</span>` : errorMessage(error, t)}${hint ? html` ${t.text(hint)}` : nothing}</p>
    ${onRetry ? html`<button type="button" part="retry-button" @click=${onRetry}>${t.t(retryable ? 'Retry' : 'Try again')}</button>` : nothing}
  </div>`;
}
