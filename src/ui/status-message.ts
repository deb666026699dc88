import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';

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

/**
 * An action (the retry of a failed load, "load more") whose button the next view replaces, which
 * would leave a keyboard user's focus on the page. When the focus was inside `host`, once `action`
 * settles and `host` has rendered, `target()` (the loaded view's heading or first new item, or the
 * new error's retry button) takes it, unless something else has been focused meanwhile.
 */
export async function retryKeepingFocus(
  host: ReactiveElement,
  action: () => Promise<unknown>,
  target: () => HTMLElement | null | undefined,
): Promise<void> {
  const hadFocus = host.matches(':focus-within');
  try {
    await action();
  } finally {
    await host.updateComplete;
    // Lost: the focused button left with the old view and the focus fell to the page.
    if (hadFocus && document.activeElement === document.body) target()?.focus();
  }
}
