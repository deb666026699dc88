import { html, nothing, type TemplateResult } from 'lit';

/**
 * An error (or notice) with a way out: the message is announced (`role="alert"`) and, when the
 * failure may pass, a retry button is offered. Rendered inside an element's shadow root; styled by
 * `statusMessageStyles`.
 */
export function renderError(options: {
  message: string;
  retryLabel?: string;
  onRetry?: () => void;
  part?: string;
}): TemplateResult | typeof nothing {
  if (!options.message) return nothing;
  return html`<div class="status status--error" part=${options.part ?? 'error'} role="alert">
    <span class="status__text">${options.message}</span>
    ${options.onRetry
      ? html`<button type="button" class="status__retry" part="retry-button" @click=${options.onRetry}>
          ${options.retryLabel ?? 'Retry'}
        </button>`
      : nothing}
  </div>`;
}

/** A polite live region: put it in the template once and change its text to announce. */
export function renderLiveRegion(text: string, politeness: 'polite' | 'assertive' = 'polite'): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live=${politeness} aria-atomic="true">${text}</div>`;
}
