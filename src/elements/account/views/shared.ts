import { html, nothing, type TemplateResult } from 'lit';
import { renderError } from '../../../ui/status-message.js';
import type { AccountHost } from '../view-host.js';
import type { PagedList } from './remote.js';

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

/** A paged list's screen: failure with retry, placeholder, empty words, or the cards and "load more". */
export function renderPagedList<T extends { id?: unknown }>(
  host: AccountHost,
  list: PagedList<T>,
  words: { title: string; empty: string; more: string },
  placeholderRows: number,
  card: (item: T) => TemplateResult,
): TemplateResult {
  const heading = renderHeading(words.title);
  if (list.status === 'error') return page(heading, html`${renderFailure(host, list.error, () => void list.loadFirst())}`);
  const value = list.value;
  if (!value) return page(heading, html`${renderSkeleton(host, placeholderRows)}`);
  if (!value.items.length) return page(heading, html`${renderEmpty(words.empty)}`);
  return page(heading, html`
    <ul class="list">
      ${value.items.map(card)}
    </ul>
    ${list.moreError ? renderFailure(host, list.moreError, () => void list.loadMore()) : nothing}
    ${value.nextCursor
      ? html`<div class="actions">
          <button type="button" class="button button--secondary" part="button-secondary" ?disabled=${list.loadingMore} @click=${() => void list.loadMore()}>
            ${list.loadingMore ? host.t('common.loading') : words.more}
          </button>
        </div>`
      : nothing}`);
}
