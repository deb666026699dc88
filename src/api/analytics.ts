import type { ScalevHttp } from './http.js';
import { postConversionEvents, type ConversionNetwork } from './conversion-relay.js';
import type {
  StorefrontMetaConversionEventRequest,
  StorefrontSnackVideoConversionEventRequest,
  StorefrontTiktokConversionEventRequest,
} from './types.js';

/*
 * Conversion relays (CONTRACT §7). Any 2xx means "accepted" (the reference says 204, one guide
 * 202): the body is never read (GUIDES §13). Never retried automatically: a relay failure must not
 * hold the buyer up, and SnackVideo events have no id to deduplicate a second copy.
 */

const SHARED_FIELDS = ['event_source_url', 'referrer_url', 'events', 'variants', 'bundle_price_options'];

/** Sends the declared fields that are not `undefined`. */
function relay(http: ScalevHttp, network: ConversionNetwork, request: object, own: string, signal?: AbortSignal): Promise<void> {
  const record = (request ?? {}) as Record<string, unknown>;
  const body = Object.fromEntries([...SHARED_FIELDS, own].filter((key) => record[key] !== undefined).map((key) => [key, record[key]]));
  return postConversionEvents(http, network, body, signal);
}

/** `POST /public/analytics/meta/events`: `user_data`, `events[].event_name`, shared `event_id` with the pixel. */
export function sendMetaEvents(
  http: ScalevHttp,
  request: StorefrontMetaConversionEventRequest,
  signal?: AbortSignal,
): Promise<void> {
  return relay(http, 'meta', request, 'user_data', signal);
}

/** `POST /public/analytics/tiktok/events`: `user`, `events[].event`, required `event_source_url`. */
export function sendTiktokEvents(
  http: ScalevHttp,
  request: StorefrontTiktokConversionEventRequest,
  signal?: AbortSignal,
): Promise<void> {
  return relay(http, 'tiktok', request, 'user', signal);
}

/** `POST /public/analytics/snackvideo/events`: needs `click_id`; events have no `event_id`. */
export function sendSnackVideoEvents(
  http: ScalevHttp,
  request: StorefrontSnackVideoConversionEventRequest,
  signal?: AbortSignal,
): Promise<void> {
  return relay(http, 'snackvideo', request, 'click_id', signal);
}
