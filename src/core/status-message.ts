import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage, isDashboardError } from './errors.js';

/**
 * The error box every widget shows when loading fails: the error's human message, what to do
 * about it, and a Retry button where retrying can help. Rendered as text, never as HTML.
 */
export function errorBox(error: unknown, onRetry?: () => void, title = 'Could not load the data'): TemplateResult {
  const retryable = !isDashboardError(error) || error.retryable;
  const kind = isDashboardError(error) ? error.kind : undefined;
  const own = isDashboardError(error) ? error.hint : undefined;
  const hint =
    own ?? (kind === 'auth' ? 'Check the token given to this widget.' : kind === 'permission' ? 'Ask an administrator for access, or use a token that has it.' : '');
  return html`<div class="message error" role="alert" part="error">
    <strong>${title}</strong>
    <p>${errorMessage(error)}${hint ? html` ${hint}` : nothing}</p>
    ${onRetry ? html`<button type="button" part="retry-button" @click=${onRetry}>${retryable ? 'Retry' : 'Try again'}</button>` : nothing}
  </div>`;
}
