import type { ScalevHttp } from './http.js';

/** A conversion relay's network: the path segment of `/public/analytics/{network}/events` (CONTRACT §7). */
export type ConversionNetwork = 'meta' | 'tiktok' | 'snackvideo';

/**
 * `POST /public/analytics/{network}/events` with `body` as it is: for callers that build only
 * declared fields (the conversion events), so a product page downloads no field filter.
 */
export async function postConversionEvents(http: ScalevHttp, network: ConversionNetwork, body: object, signal?: AbortSignal): Promise<void> {
  await http.request({ method: 'POST', family: 'public', path: `/public/analytics/${network}/events`, body, ignoreBody: true, signal });
}
