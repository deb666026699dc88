import type { StorefrontPublicOrderTransferProofUpload } from '../../api/types.js';
import { badRequest, json, notFound, text } from '../core/http.js';
import { randomToken, uuidV4 } from '../core/ids.js';
import type { RouteContext, Router } from '../core/router.js';
import type { OrderRecord } from '../model.js';
import { renderPublicOrder } from '../services/orders.js';
import { check, optionalObject, requireObject } from './shared.js';

export const MAX_TRANSFER_PROOF_BYTES = 10_485_760;

function findOrder(ctx: RouteContext): OrderRecord {
  const order = ctx.db.orders.get(ctx.params['secret_slug']!);
  if (!order) throw notFound('Order', 'order_not_found');
  return order;
}

function isClosed(order: OrderRecord): boolean {
  return order.status === 'canceled' || order.status === 'closed';
}

function s3Error(status: number, code: string, message: string): Response {
  return text(status, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`, 'application/xml');
}

/** CONTRACT §6, plus the storage the presigned `upload_url` points at. */
export function registerOrders(router: Router): void {
  router.add({
    method: 'GET',
    pattern: '/public/orders/:secret_slug',
    family: 'public',
    handler: (ctx) => json(200, renderPublicOrder(ctx.db, findOrder(ctx), true)),
  });

  router.add({
    method: 'PATCH',
    pattern: '/public/orders/:secret_slug',
    family: 'public',
    handler(ctx) {
      const order = findOrder(ctx);
      const body = optionalObject(ctx);
      check(body, {
        fields: {
          transferproof_url: { kind: 'string', nullable: true, format: 'uri' },
          transfer_time: { kind: 'string', nullable: true, format: 'date-time' },
          financial_entity_id: { kind: 'integer', nullable: true },
          payment_account: { kind: 'string', nullable: true },
          payment_account_holder: { kind: 'string', nullable: true },
          payment_account_number: { kind: 'string', nullable: true },
          notes: { kind: 'string', nullable: true },
        },
      });
      if (isClosed(order)) throw badRequest('This order can no longer be updated', undefined, 'order_closed');
      const accounts = ctx.db.paymentAccounts;
      if (body['financial_entity_id'] !== undefined && body['financial_entity_id'] !== null) {
        const account = accounts.find((a) => a.financialEntity.id === body['financial_entity_id']);
        if (!account) throw badRequest('Unknown financial entity', { financial_entity_id: ['is invalid'] }, 'invalid_financial_entity');
        order.financialEntityId = account.financialEntity.id;
        order.paymentAccountHolder = account.accountHolder;
        order.paymentAccountNumber = account.accountNumber;
      }
      if (typeof body['payment_account'] === 'string') {
        const account = accounts.find((a) => a.uniqueId === body['payment_account']);
        if (!account) throw badRequest('Unknown payment account', { payment_account: ['is invalid'] }, 'invalid_payment_account');
        order.financialEntityId = account.financialEntity.id;
        order.paymentAccountHolder = account.accountHolder;
        order.paymentAccountNumber = account.accountNumber;
      }
      if ('payment_account_holder' in body) order.paymentAccountHolder = (body['payment_account_holder'] as string | null) ?? null;
      if ('payment_account_number' in body) order.paymentAccountNumber = (body['payment_account_number'] as string | null) ?? null;
      if ('notes' in body) order.notes = (body['notes'] as string | null) ?? null;
      if ('transferproof_url' in body) {
        order.transferproofUrl = (body['transferproof_url'] as string | null) ?? null;
        // A proof without an explicit time was sent now.
        if (order.transferproofUrl && !body['transfer_time']) order.transferTime = ctx.now;
        if (!order.transferproofUrl) order.transferTime = null;
      }
      if (typeof body['transfer_time'] === 'string') order.transferTime = Date.parse(body['transfer_time']);
      order.updatedAt = ctx.now;
      return json(200, renderPublicOrder(ctx.db, order, true));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/orders/:secret_slug/payment',
    family: 'public',
    handler(ctx) {
      const order = findOrder(ctx);
      // Idempotent: an order that already has instructions (or is paid) is returned as it is.
      if (isClosed(order) && order.paymentStatus !== 'paid') {
        throw badRequest('This order can no longer be paid', undefined, 'order_not_payable');
      }
      return json(200, renderPublicOrder(ctx.db, order, true));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/orders/:secret_slug/transfer-proof-upload',
    family: 'public',
    handler(ctx) {
      const order = findOrder(ctx);
      const body = requireObject(ctx);
      check(body, {
        closed: true,
        fields: {
          filename: { kind: 'string', required: true, maxLength: 255 },
          content_type: { kind: 'string', required: true, enum: ['image/jpeg', 'image/png', 'image/webp'] },
          content_length: { kind: 'integer', required: true, min: 1, max: MAX_TRANSFER_PROOF_BYTES },
        },
      });
      if (order.paymentMethod !== 'bank_transfer') {
        throw badRequest('Transfer proof is only accepted for bank transfer orders', undefined, 'transfer_proof_not_applicable');
      }
      if (isClosed(order)) throw badRequest('This order can no longer be updated', undefined, 'order_closed');
      const filename = body['filename'] as string;
      const safe = filename.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'bukti-transfer';
      const key = `transfer-proofs/${ctx.db.store.uniqueId}/${order.secretSlug}/${uuidV4()}-${safe}`;
      const signature = randomToken(32);
      ctx.db.uploads.set(key, {
        key,
        signature,
        orderSlug: order.secretSlug,
        filename,
        contentType: body['content_type'] as string,
        contentLength: body['content_length'] as number,
        bytes: null,
        uploadedAt: null,
      });
      const base = ctx.options.apiBase.replace(/\/+$/, '');
      const encodedKey = key.split('/').map(encodeURIComponent).join('/');
      const response: StorefrontPublicOrderTransferProofUpload = {
        key,
        filename,
        content_type: body['content_type'] as string,
        size_in_bytes: body['content_length'] as number,
        file_url: `${base}/__uploads/${encodedKey}`,
        upload_url: `${base}/__uploads/${encodedKey}?X-Amz-Expires=900&X-Amz-Signature=${signature}`,
      };
      return json(200, response);
    },
  });

  // Presigned storage: no API key; the signature, the declared type and the declared size must match.
  router.add({
    method: 'PUT',
    pattern: '/__uploads/*key',
    family: 'open',
    absolute: true,
    handler(ctx) {
      const upload = ctx.db.uploads.get(ctx.params['key']!);
      if (!upload || ctx.query.get('X-Amz-Signature') !== upload.signature) {
        return s3Error(403, 'SignatureDoesNotMatch', 'The request signature does not match.');
      }
      const type = (ctx.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== upload.contentType) return s3Error(403, 'SignatureDoesNotMatch', 'Content-Type does not match the signed upload.');
      const size = ctx.rawBody?.byteLength ?? 0;
      if (size > upload.contentLength) return s3Error(400, 'EntityTooLarge', 'Body is larger than the signed content length.');
      if (size !== upload.contentLength) return s3Error(400, 'IncompleteBody', 'Body size does not match the signed content length.');
      upload.bytes = ctx.rawBody;
      upload.uploadedAt = ctx.now;
      return new Response(null, { status: 200, headers: { ETag: `"${upload.signature.slice(0, 16)}"` } });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/__uploads/*key',
    family: 'open',
    absolute: true,
    handler(ctx) {
      const upload = ctx.db.uploads.get(ctx.params['key']!);
      if (!upload?.bytes) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
      const copy = new Uint8Array(upload.bytes.byteLength);
      copy.set(upload.bytes);
      return new Response(copy, { status: 200, headers: { 'Content-Type': upload.contentType, 'Cache-Control': 'public, max-age=31536000' } });
    },
  });
}
