import { badRequest } from './http.js';
import { base64UrlDecode, base64UrlEncode } from './ids.js';

export interface PageEnvelope<T> {
  data: T[];
  is_paginated: true;
  has_next: boolean;
  has_previous: boolean;
  next_cursor: string | null;
  previous_cursor: string | null;
  page_size: number;
}

export interface PageRequest {
  /** Separates cursor spaces: a cursor of one list (or one search) is refused by another. */
  scope: string;
  defaultSize: number;
  maxSize: number;
  /** Out-of-range `page_size` is a 400 where the route declares the bounds, else it is clamped. */
  strictSize: boolean;
}

/**
 * Opaque cursor pagination (CONTRACT §1.8) over an in-memory list. A cursor encodes the offset of the
 * page it points to plus the scope it belongs to; a forged or foreign cursor is a 400.
 */
export function paginate<T>(items: readonly T[], query: URLSearchParams, req: PageRequest): PageEnvelope<T> {
  const size = readPageSize(query.get('page_size'), req);
  const next = query.get('next_cursor');
  const previous = query.get('previous_cursor');
  if (next && previous) {
    throw badRequest('Use only one of next_cursor or previous_cursor', undefined, 'invalid_cursor');
  }
  let offset = 0;
  if (next) offset = decodeCursor(next, req.scope);
  else if (previous) offset = decodeCursor(previous, req.scope);
  offset = Math.min(Math.max(0, offset), Math.max(0, items.length));
  const data = items.slice(offset, offset + size);
  const hasNext = offset + size < items.length;
  const hasPrevious = offset > 0;
  return {
    data,
    is_paginated: true,
    has_next: hasNext,
    has_previous: hasPrevious,
    next_cursor: hasNext ? encodeCursor(offset + size, req.scope) : null,
    previous_cursor: hasPrevious ? encodeCursor(Math.max(0, offset - size), req.scope) : null,
    page_size: size,
  };
}

function readPageSize(raw: string | null, req: PageRequest): number {
  if (raw === null || raw === '') return req.defaultSize;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > req.maxSize) {
    if (req.strictSize || !Number.isInteger(n)) {
      throw badRequest('Invalid page_size', { page_size: [`must be an integer between 1 and ${req.maxSize}`] });
    }
    return Math.min(Math.max(1, n), req.maxSize);
  }
  return n;
}

export function encodeCursor(offset: number, scope: string): string {
  return base64UrlEncode(JSON.stringify({ o: offset, s: scope }));
}

function decodeCursor(cursor: string, scope: string): number {
  const decoded = base64UrlDecode(cursor);
  if (decoded !== null) {
    try {
      const parsed = JSON.parse(decoded) as { o?: unknown; s?: unknown };
      if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0 && parsed.s === scope) {
        return parsed.o;
      }
    } catch {
      // fall through to the error below
    }
  }
  throw badRequest('Invalid cursor', undefined, 'invalid_cursor');
}
