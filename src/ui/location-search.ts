/**
 * What the search field of `<scalev-location-picker>` does (CONTRACT §3, pattern B): searches
 * debounced (at most one request per pause), stale answers ignored (AbortController + sequence),
 * answers kept per query for the page view, arrow keys / Enter / Escape, the open list placed with
 * Floating UI. Loaded when the field is first focused or typed in; the picker renders the field and
 * the list from the state this changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isScalevApiError } from '../api/errors.js';
import { searchLocations } from '../api/locations.js';
import type { StorefrontLocation } from '../api/types.js';
import type { Storefront } from '../context/storefront.js';
import { LOCATION_SEARCH_DEBOUNCE_MS, MIN_QUERY } from './location-picker.js';
import { loadOnce } from './load-once.js';

const PAGE_SIZE = 20;

/** The picker's state and helpers the search works with. */
export interface SearchHost extends ReactiveControllerHost {
  readonly storefront?: Storefront;
  readonly isConnected: boolean;
  readonly value: StorefrontLocation | null;
  query: string;
  results: StorefrontLocation[];
  searchStatus: 'idle' | 'loading' | 'ready' | 'error';
  searchError: string;
  open: boolean;
  activeIndex: number;
  announcement: string;
  readonly comboInput?: HTMLInputElement;
  readonly popup?: HTMLElement;
  /** Answers per lower-cased query, shared by the store's pickers. */
  searches(): Map<string, StorefrontLocation[]>;
  choose(location: StorefrontLocation | null): void;
  t(key: string, params?: Record<string, unknown>): string;
  describeError(error: unknown): string;
  reportError(error: unknown, operation: string): void;
}

/** Floating UI is needed only while the list is open. */
const loadFloating = loadOnce(() => import('./floating.js'));

export class LocationSearch implements ReactiveController {
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;
  private seq = 0;
  private stopAutoUpdate: (() => void) | null = null;

  constructor(private readonly host: SearchHost) {
    host.addController(this);
    void loadFloating().catch(() => undefined);
  }

  hostDisconnected(): void {
    clearTimeout(this.debounceTimer);
    this.controller?.abort();
    this.place(false);
  }

  /** The field's text changed: a cached answer at once, else a search after the pause. */
  input(text: string): void {
    const host = this.host;
    clearTimeout(this.debounceTimer);
    const term = text.trim();
    const cached = host.storefront && host.searches().get(term.toLowerCase());
    if (term.length < MIN_QUERY || cached) {
      this.controller?.abort();
      this.seq++;
      if (cached) this.show(cached);
      else {
        host.results = [];
        host.searchStatus = 'idle';
        host.open = false;
      }
      return;
    }
    this.debounceTimer = setTimeout(() => void this.run(term), LOCATION_SEARCH_DEBOUNCE_MS);
  }

  async run(term: string): Promise<void> {
    const host = this.host;
    const sf = host.storefront;
    if (!sf || sf.problem) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const seq = ++this.seq;
    host.searchStatus = 'loading';
    host.searchError = '';
    host.open = true;
    try {
      const page = await searchLocations(sf.http, { search: term, page_size: PAGE_SIZE }, controller.signal);
      if (seq !== this.seq) return;
      const found = page.items.filter((loc) => loc && typeof loc.id === 'number');
      host.searches().set(term.toLowerCase(), found);
      this.show(found);
    } catch (error) {
      if (seq !== this.seq || (isScalevApiError(error) && error.kind === 'aborted')) return;
      host.searchStatus = 'error';
      host.searchError = host.describeError(error);
      host.results = [];
      host.reportError(error, 'location.search');
    }
  }

  private show(found: StorefrontLocation[]): void {
    const host = this.host;
    host.results = found;
    host.searchStatus = 'ready';
    host.activeIndex = -1;
    host.open = true;
    host.announcement = found.length ? host.t('location.results', { count: found.length }) : host.t('location.noResults');
  }

  keydown(event: KeyboardEvent): void {
    const host = this.host;
    const count = host.results.length;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      if (!count) return;
      if (!host.open) {
        host.open = true;
        // A closed list opens on its first option going down (and its last going up).
        if (key === 'ArrowDown') return void (host.activeIndex = 0);
      }
      host.activeIndex = key === 'ArrowDown' ? (host.activeIndex + 1) % count : host.activeIndex <= 0 ? count - 1 : host.activeIndex - 1;
    } else if (key === 'Enter') {
      const active = host.open ? host.results[host.activeIndex] : undefined;
      if (active) {
        event.preventDefault();
        host.choose(active);
      }
    } else if (key === 'Escape') {
      if (host.open) {
        event.preventDefault();
        event.stopPropagation();
        host.open = false;
        host.activeIndex = -1;
      } else if (host.query) {
        event.preventDefault();
        host.query = '';
        if (host.value) host.choose(null);
      }
    } else if (key === 'Tab') host.open = false;
    else if (key === 'Home' || key === 'End' || key === 'ArrowLeft' || key === 'ArrowRight') {
      // The caret moves in the field (default action): visual focus goes back to it (ARIA 1.2
      // combobox), so no option stays announced as active while the buyer edits.
      host.activeIndex = -1;
    }
  }

  /** Keeps the open list under the field while the page scrolls or resizes; `false` stops. */
  place(open: boolean): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    const { comboInput: input, popup } = this.host;
    if (!open || !input || !popup) return;
    loadFloating().then(
      ({ autoUpdate, computePosition, flip, offset, shift }) => {
        if (!this.host.open || this.stopAutoUpdate || !this.host.isConnected) return;
        this.stopAutoUpdate = autoUpdate(input, popup, () => {
          popup.style.width = `${input.offsetWidth}px`;
          void computePosition(input, popup, {
            placement: 'bottom-start',
            strategy: 'fixed',
            middleware: [offset(4), flip({ padding: 8 }), shift({ padding: 8 })],
          }).then(({ x, y }) => {
            popup.style.left = `${x}px`;
            popup.style.top = `${y}px`;
          });
        });
      },
      () => {
        // Without Floating UI the list still opens under the field (it does not follow scrolling).
        const box = input.getBoundingClientRect();
        Object.assign(popup.style, { width: `${box.width}px`, left: `${box.left}px`, top: `${box.bottom + 4}px` });
      },
    );
  }
}
