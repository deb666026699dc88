import { isScalevApiError, type ScalevApiError } from '../../../api/errors.js';
import type { Page } from '../../../api/pagination.js';
import { translateApiMessage, type Translate } from '../../../i18n/api-messages.js';
import type { AccountHost } from '../view-host.js';

export type RemoteStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Remote data of a view: the last answer, its status and error, with abort on reload so a slow
 * earlier answer never overwrites a newer one.
 */
export class Remote<T> {
  status: RemoteStatus = 'idle';
  value: T | null = null;
  error: unknown = null;
  private controller: AbortController | null = null;

  constructor(protected readonly host: AccountHost) {}

  /** `expected` marks answers that are not failures to report (a course the customer does not own). */
  async load(task: (signal: AbortSignal) => Promise<T>, operation: string, expected?: (error: unknown) => boolean): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.error = null;
    this.host.requestUpdate();
    try {
      const value = await task(controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
      this.status = 'ready';
    } catch (error) {
      if (controller.signal.aborted || (isScalevApiError(error) && error.kind === 'aborted')) return;
      this.error = error;
      this.status = 'error';
      if (!expected?.(error)) this.host.reportError(error, operation);
    } finally {
      if (this.controller === controller) this.controller = null;
      this.host.requestUpdate();
    }
  }

  /** Replaces the value without a request (after an action answered with the new state). */
  set(value: T): void {
    this.value = value;
    this.status = 'ready';
    this.error = null;
    this.host.requestUpdate();
  }

  abort(): void {
    this.controller?.abort();
    this.controller = null;
  }
}

/** The pages of a list shown so far, and the cursor of the next one (null at the end). */
export interface ListPages<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A cursor-paginated list with "load more": the first page loads like any remote data (abort on
 * reload); later pages are appended without repeating an item, and a failed one keeps what shows.
 * `operation` names its failures: `<operation>.list`, `<operation>.more`.
 */
export class PagedList<T extends { id?: unknown }> extends Remote<ListPages<T>> {
  loadingMore = false;
  moreError: unknown = null;

  constructor(
    host: AccountHost,
    private readonly fetchPage: (cursor: string | null, signal?: AbortSignal) => Promise<Page<T>>,
    private readonly operation: string,
  ) {
    super(host);
  }

  loadFirst(): Promise<void> {
    return this.load(async (signal) => this.pages([], await this.fetchPage(null, signal)), `${this.operation}.list`);
  }

  async loadMore(): Promise<void> {
    const current = this.value;
    if (!current?.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = null;
    this.host.requestUpdate();
    try {
      this.set(this.pages(current.items, await this.fetchPage(current.nextCursor)));
      // The "load more" button was disabled meanwhile (and is gone after the last page), so focus
      // fell to the page: continue at the first new item.
      if (focusLost(this.host)) this.host.focus(`.list > li:nth-child(${current.items.length + 1}) a[href]`);
    } catch (error) {
      this.moreError = error;
      this.host.reportError(error, `${this.operation}.more`);
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  private pages(shown: T[], page: Page<T>): ListPages<T> {
    const seen = new Set(shown.map((item) => String(item.id)));
    const fresh = page.items.filter((item) => item && typeof item === 'object' && !seen.has(String(item.id)));
    return { items: [...shown, ...fresh], nextCursor: page.hasNext ? page.nextCursor : null };
  }
}

/**
 * Whether the keyboard focus was dropped by the view: it is on the page, or on a control of the
 * account that is disabled or gone (Chrome may not have moved it yet). Focus the customer put
 * somewhere else is not lost.
 */
export function focusLost(host: AccountHost): boolean {
  const outer = document.activeElement;
  if (!outer || outer === document.body) return true;
  const root = host.find('[data-view-heading]')?.getRootNode();
  if (!(root instanceof ShadowRoot) || outer !== root.host) return false;
  const inner = root.activeElement;
  return !inner || !inner.isConnected || inner.matches(':disabled');
}

export function isHttpStatus(error: unknown, ...statuses: number[]): error is ScalevApiError {
  return isScalevApiError(error) && error.kind === 'http' && statuses.includes(error.status);
}

/**
 * Field messages of a 400/422 answer for the given API field names, in the account's language
 * through `t` (the API's known phrasings; anything else as the API wrote it).
 */
export function fieldErrorsOf(error: unknown, names: readonly string[], t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isScalevApiError(error)) return out;
  for (const name of names) {
    const messages = error.fieldErrors[name]?.filter(Boolean).map((m) => translateApiMessage(m, t));
    if (messages?.length) out[name] = [...new Set(messages)].join(' ');
  }
  return out;
}

/** Copies to the clipboard; resolves false where the page may not (insecure context, denied). */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}
