/** A page of a cursor-paginated list (CONTRACT §1.8), with the envelope's fields in camelCase. */
export interface Page<T> {
  items: T[];
  hasNext: boolean;
  hasPrevious: boolean;
  nextCursor: string | null;
  previousCursor: string | null;
  pageSize: number | null;
}

export interface CursorParams {
  page_size?: number;
  /** Send only one of the two cursors. */
  next_cursor?: string;
  previous_cursor?: string;
}

interface Envelope<T> {
  data?: T[] | null;
  is_paginated?: boolean;
  has_next?: boolean;
  has_previous?: boolean;
  next_cursor?: string | null;
  previous_cursor?: string | null;
  page_size?: number;
}

/**
 * Reads a list envelope into a `Page`. A non-paginated envelope is one complete page. A page
 * that claims `has_next` without a cursor is treated as the last one, so a loop always ends.
 */
export function toPage<T>(envelope: Envelope<T> | null | undefined): Page<T> {
  const items = Array.isArray(envelope?.data) ? envelope.data : [];
  const nextCursor = typeof envelope?.next_cursor === 'string' && envelope.next_cursor ? envelope.next_cursor : null;
  const previousCursor =
    typeof envelope?.previous_cursor === 'string' && envelope.previous_cursor ? envelope.previous_cursor : null;
  return {
    items,
    hasNext: Boolean(envelope?.has_next) && nextCursor !== null,
    hasPrevious: Boolean(envelope?.has_previous) && previousCursor !== null,
    nextCursor,
    previousCursor,
    pageSize: typeof envelope?.page_size === 'number' ? envelope.page_size : null,
  };
}

/**
 * Walks every page forward: `for await (const item of paginate(cursor => api.list({ next_cursor: cursor })))`.
 * `maxPages` bounds the walk against a server that never says "no more".
 */
export async function* paginate<T>(
  fetchPage: (nextCursor: string | undefined) => Promise<Page<T>>,
  { maxPages = 1_000 }: { maxPages?: number } = {},
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (let pageIndex = 0; pageIndex < maxPages; pageIndex++) {
    const page = await fetchPage(cursor);
    yield* page.items;
    if (!page.hasNext || !page.nextCursor || seen.has(page.nextCursor)) return;
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}

/** Collects every item of every page into one array. */
export async function collectAll<T>(
  fetchPage: (nextCursor: string | undefined) => Promise<Page<T>>,
  options?: { maxPages?: number },
): Promise<T[]> {
  const all: T[] = [];
  for await (const item of paginate(fetchPage, options)) all.push(item);
  return all;
}
