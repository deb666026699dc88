import type { ApiErrorResponse } from '../../api/types.js';

export type FieldErrors = Record<string, string[]>;

/**
 * An error answer (`ApiErrorResponse`, CONTRACT §1.5). Route code throws it; the dispatcher turns it into
 * a JSON response.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorResponse;
  readonly headers: Record<string, string>;

  constructor(status: number, body: ApiErrorResponse, headers: Record<string, string> = {}) {
    super(typeof body.error === 'string' ? body.error : `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export const JSON_TYPE = 'application/json; charset=utf-8';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': JSON_TYPE, ...headers },
  });
}

export function noContent(headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers });
}

export function text(status: number, body: string, contentType = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'Content-Type': contentType, ...headers } });
}

export function errorResponse(error: ApiError): Response {
  return json(error.status, error.body, error.headers);
}

// One constructor per recurring answer keeps messages and codes identical across routes.

export function storeNotFound(): ApiError {
  // The same answer for an unknown store, a wrong or business key, and a plan without API access (GUIDES §1).
  return new ApiError(404, { error: 'Store not found', error_code: 'store_not_found' });
}

export function notFound(what = 'Resource', code = 'not_found'): ApiError {
  return new ApiError(404, { error: `${what} not found`, error_code: code });
}

export function unauthorized(message = 'Unauthorized', code = 'unauthorized'): ApiError {
  return new ApiError(401, { error: message, error_code: code });
}

export function badRequest(message: string, errors?: FieldErrors, code?: string): ApiError {
  const body: ApiErrorResponse = { error: message };
  if (code) body.error_code = code;
  if (errors && Object.keys(errors).length > 0) body.errors = errors;
  return new ApiError(400, body);
}

export function validationFailed(status: 400 | 422, errors: FieldErrors, message = 'Validation failed'): ApiError {
  return new ApiError(status, { error: message, error_code: 'validation_failed', errors });
}
