import { cursorQuery, pick } from './body.js';
import { path, type ScalevHttp } from './http.js';
import { toPage, type CursorParams, type Page } from './pagination.js';
import type {
  CustomerAddress,
  CustomerAddressListResponse,
  CustomerAddressRequest,
  CustomerPasswordUpdateResponse,
  CustomerProfileResponse,
  CustomerProfileUpdateRequest,
  CustomerProfileUpdateResponse,
} from './types.js';

/* Signed-in customer profile and addresses (CONTRACT §10): bearer only. */

const ADDRESS_FIELDS = ['name', 'phone', 'email', 'location_id', 'address', 'postal_code', 'notes'] as const;

/** `GET /customers/me`: the customer, the store (with `is_customer_otp_required`) and a password-reset hint. */
export function getProfile(http: ScalevHttp, signal?: AbortSignal): Promise<CustomerProfileResponse> {
  return http.request({ family: 'customer', path: '/customers/me', signal });
}

/**
 * `PATCH /customers/me`. The body is closed and the email is read-only, so only `name`, `phone`,
 * `date_of_birth`, `sex` and `is_unsubscribe` are ever sent.
 */
export function updateProfile(
  http: ScalevHttp,
  update: CustomerProfileUpdateRequest,
  signal?: AbortSignal,
): Promise<CustomerProfileUpdateResponse> {
  return http.request({
    method: 'PATCH',
    family: 'customer',
    path: '/customers/me',
    body: pick(update, ['name', 'phone', 'date_of_birth', 'sex', 'is_unsubscribe']),
    signal,
  });
}

/** `POST /customers/me/set-new-password` with `{ password }`. */
export function setNewPassword(
  http: ScalevHttp,
  password: string,
  signal?: AbortSignal,
): Promise<CustomerPasswordUpdateResponse> {
  return http.request({
    method: 'POST',
    family: 'customer',
    path: '/customers/me/set-new-password',
    body: { password },
    signal,
  });
}

/**
 * `GET /customers/me/addresses`. The answer is a cursor envelope although the route declares no
 * query parameters: the generic cursor parameters are sent only when the caller gives them.
 */
export function listAddresses(
  http: ScalevHttp,
  params: CursorParams = {},
  signal?: AbortSignal,
): Promise<Page<CustomerAddress>> {
  return http
    .request<CustomerAddressListResponse>({
      family: 'customer',
      path: '/customers/me/addresses',
      query: cursorQuery(params),
      signal,
    })
    .then(toPage);
}

/** `GET /customers/me/addresses/{address_id}`. */
export function getAddress(http: ScalevHttp, addressId: number | string, signal?: AbortSignal): Promise<CustomerAddress> {
  return http.request({ family: 'customer', path: path`/customers/me/addresses/${addressId}`, signal });
}

/** `POST /customers/me/addresses` (200, not 201). Send `location_id`; the answer nests `location`. */
export function createAddress(
  http: ScalevHttp,
  address: CustomerAddressRequest,
  signal?: AbortSignal,
): Promise<CustomerAddress> {
  return http.request({
    method: 'POST',
    family: 'customer',
    path: '/customers/me/addresses',
    body: pick(address, ADDRESS_FIELDS),
    signal,
  });
}

/** `PATCH /customers/me/addresses/{address_id}`. */
export function updateAddress(
  http: ScalevHttp,
  addressId: number | string,
  address: CustomerAddressRequest,
  signal?: AbortSignal,
): Promise<CustomerAddress> {
  return http.request({
    method: 'PATCH',
    family: 'customer',
    path: path`/customers/me/addresses/${addressId}`,
    body: pick(address, ADDRESS_FIELDS),
    signal,
  });
}

/** `DELETE /customers/me/addresses/{address_id}` (204, no body). */
export async function deleteAddress(http: ScalevHttp, addressId: number | string, signal?: AbortSignal): Promise<void> {
  await http.request({ method: 'DELETE', family: 'customer', path: path`/customers/me/addresses/${addressId}`, signal });
}
