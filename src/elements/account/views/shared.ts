import { html, nothing, type TemplateResult } from 'lit';
import { renderError } from '../../../ui/status-message.js';
import type { AccountHost } from '../view-host.js';

/** A placeholder with the shape of the content to come; announced as loading. */
export function renderSkeleton(host: AccountHost, rows = 3): TemplateResult {
  return html`<div class="skeleton" part="skeleton" role="status" aria-live="polite">
    <span class="visually-hidden">${host.t('common.loading')}</span>
    ${Array.from({ length: rows }, () => html`<div class="skeleton__row" aria-hidden="true"></div>`)}
  </div>`;
}

/** A failure in clear words with "try again". */
export function renderFailure(host: AccountHost, error: unknown, retry: () => void): TemplateResult | typeof nothing {
  return renderError({
    message: host.describeError(error) || host.t('error.generic'),
    retryLabel: host.t('common.retry'),
    onRetry: retry,
  });
}

export function renderEmpty(text: string, action?: TemplateResult): TemplateResult {
  return html`<div class="empty" part="empty"><p>${text}</p>${action ?? nothing}</div>`;
}

/** The heading of a view; focused after an in-account navigation so screen readers follow. */
export function renderHeading(text: string, back?: { href: string; label: string }): TemplateResult {
  return html`<div class="view-head">
    ${back ? html`<a class="back" part="back-link" href=${back.href} data-route>${back.label}</a>` : nothing}
    <h2 class="view-title" part="view-title" tabindex="-1" data-view-heading>${text}</h2>
  </div>`;
}

/**
 * A view's page: its heading, then its body. Every state of every view goes through this one
 * template, so the heading element survives loading → content (and view → view): the focus put
 * on it after a navigation stays there.
 */
export function page(heading: TemplateResult, body: unknown): TemplateResult {
  return html`${heading}${body}`;
}

/** Text or null: merchant and API strings may be missing, numbers, or blank. */
export function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
