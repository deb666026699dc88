import { pick } from './body.js';
import { ScalevApiError } from './errors.js';
import { path, type ScalevHttp } from './http.js';
import type {
  StorefrontPublicOrder,
  StorefrontPublicOrderTransferProofUpload,
  StorefrontPublicOrderTransferProofUploadRequest,
  StorefrontPublicOrderUpdateRequest,
} from './types.js';

/*
 * Public order by `secret_slug` (CONTRACT §6): storefront key only, no guest token.
 */

export { createPayment, getOrder } from './order-reads.js';

/** Image types the transfer-proof upload accepts. */
export const TRANSFER_PROOF_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type TransferProofContentType = (typeof TRANSFER_PROOF_CONTENT_TYPES)[number];
/** Largest transfer proof the API accepts: 10 MB. */
export const TRANSFER_PROOF_MAX_BYTES = 10_485_760;

const UPDATE_FIELDS = [
  'transferproof_url',
  'transfer_time',
  'financial_entity_id',
  'payment_account',
  'payment_account_holder',
  'payment_account_number',
  'notes',
] as const;

/** `PATCH /public/orders/{secret_slug}`: transfer proof and buyer-side order details. */
export function updateOrder(
  http: ScalevHttp,
  secretSlug: string,
  update: StorefrontPublicOrderUpdateRequest,
  signal?: AbortSignal,
): Promise<StorefrontPublicOrder> {
  return http.request({
    method: 'PATCH',
    family: 'public',
    path: path`/public/orders/${secretSlug}`,
    body: pick(update, UPDATE_FIELDS),
    signal,
  });
}

/**
 * `POST /public/orders/{secret_slug}/transfer-proof-upload`: a presigned `upload_url` and the
 * `file_url` to set as `transferproof_url`. It only mints a URL, so it may be retried after a 429.
 */
export function createTransferProofUpload(
  http: ScalevHttp,
  secretSlug: string,
  request: StorefrontPublicOrderTransferProofUploadRequest,
  signal?: AbortSignal,
): Promise<StorefrontPublicOrderTransferProofUpload> {
  return http.request({
    method: 'POST',
    family: 'public',
    path: path`/public/orders/${secretSlug}/transfer-proof-upload`,
    body: pick(request, ['filename', 'content_type', 'content_length']),
    idempotent: true,
    signal,
  });
}

/** Why a file cannot be a transfer proof, or `null` when it can. Check before asking for a URL. */
export function checkTransferProofFile(file: Pick<Blob, 'size' | 'type'>): 'type' | 'size' | 'empty' | null {
  if (!(TRANSFER_PROOF_CONTENT_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size < 1) return 'empty';
  if (file.size > TRANSFER_PROOF_MAX_BYTES) return 'size';
  return null;
}

/** The upload-URL request body for a picked file. */
export function transferProofUploadRequest(
  file: Pick<File, 'name' | 'size' | 'type'>,
): StorefrontPublicOrderTransferProofUploadRequest {
  return {
    filename: file.name || 'transfer-proof',
    content_type: file.type as TransferProofContentType,
    content_length: file.size,
  };
}

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–1, or `null` when the browser cannot tell the total. */
  fraction: number | null;
}

export interface UploadTransferProofOptions {
  /** The `content_type` announced when the upload URL was created; the PUT must carry the same one. */
  contentType: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Default 120 s: a 10 MB photo over a slow mobile link. */
  timeoutMs?: number;
  /** Replaces `new XMLHttpRequest()` (tests, instrumentation). */
  createRequest?: () => XMLHttpRequest;
}

/**
 * Step 2 of the transfer proof: `PUT` the raw bytes to the presigned `upload_url`. Uses
 * XMLHttpRequest because fetch reports no upload progress. Sends no Scalev header and no
 * credentials; rejects with a `ScalevApiError` like every API call.
 */
export function uploadTransferProof(
  uploadUrl: string,
  file: Blob,
  options: UploadTransferProofOptions,
): Promise<void> {
  const { contentType, onProgress, signal, timeoutMs = 120_000 } = options;
  const meta = { method: 'PUT', path: safeUrlForErrors(uploadUrl) };
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ScalevApiError({ kind: 'aborted', message: 'Upload cancelled.', ...meta }));
      return;
    }
    const xhr = options.createRequest ? options.createRequest() : new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const settle = (error?: ScalevApiError) => {
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    xhr.open('PUT', uploadUrl, true);
    xhr.withCredentials = false;
    xhr.timeout = timeoutMs;
    xhr.setRequestHeader('Content-Type', contentType);
    if (onProgress) {
      xhr.upload.addEventListener('progress', (event: ProgressEvent) => {
        const total = event.lengthComputable ? event.total : file.size;
        onProgress({ loaded: event.loaded, total, fraction: total > 0 ? Math.min(1, event.loaded / total) : null });
      });
    }
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        settle();
        return;
      }
      settle(
        new ScalevApiError({
          kind: 'http',
          status: xhr.status,
          // Storage services answer in XML or plain text: keep it as the body, not the message.
          message: `The file storage refused the upload (HTTP ${xhr.status}).`,
          body: typeof xhr.responseText === 'string' ? xhr.responseText.slice(0, 500) : undefined,
          ...meta,
        }),
      );
    });
    xhr.addEventListener('error', () =>
      settle(new ScalevApiError({ kind: 'network', message: 'Could not reach the file storage. Check the connection.', ...meta })),
    );
    xhr.addEventListener('timeout', () =>
      settle(
        new ScalevApiError({
          kind: 'timeout',
          message: `The upload did not finish within ${Math.round(timeoutMs / 1000)} s.`,
          ...meta,
        }),
      ),
    );
    xhr.addEventListener('abort', () => settle(new ScalevApiError({ kind: 'aborted', message: 'Upload cancelled.', ...meta })));
    signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send(file);
  });
}

/** The presigned query string carries a signature: never put it in an error. */
function safeUrlForErrors(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin + parsed.pathname;
  } catch {
    return '';
  }
}

export interface SubmitTransferProofOptions
  extends Omit<StorefrontPublicOrderUpdateRequest, 'transferproof_url'> {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/**
 * The whole transfer-proof flow (GUIDES §6): upload URL → PUT with the same Content-Type →
 * `PATCH` the order with `transferproof_url` = `file_url`. Returns the updated order. Check the
 * file with `checkTransferProofFile` first.
 */
export async function submitTransferProof(
  http: ScalevHttp,
  secretSlug: string,
  file: File,
  options: SubmitTransferProofOptions = {},
): Promise<StorefrontPublicOrder> {
  const { onProgress, signal, ...details } = options;
  const request = transferProofUploadRequest(file);
  const upload = await createTransferProofUpload(http, secretSlug, request, signal);
  await uploadTransferProof(upload.upload_url, file, { contentType: request.content_type, onProgress, signal });
  return updateOrder(http, secretSlug, { ...details, transferproof_url: upload.file_url }, signal);
}
