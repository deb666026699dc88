import { ScalevApiError } from './errors.js';
import type { ScalevHttp } from './http.js';
import type { CustomerAuthTokenResponseBody } from './types.js';

/*
 * Customer auth (CONTRACT §9). All six routes are `/public/auth/*`: storefront key only, never the
 * guest token or a bearer. None of them is retried after a 429: login and OTP attempts count against
 * the customer, and a refresh token is single-use.
 */

/** What `POST /public/auth/login` answered: both branches are 200 and carry no discriminator. */
export type LoginResult =
  | { kind: 'tokens'; tokens: CustomerAuthTokenResponseBody }
  | { kind: 'otp'; message: string };

/**
 * `POST /public/auth/login`. Branches on the body: `access` present → signed in; `message` present
 * → the store sent a one-time code, continue with {@link verifyOtp} using the same email.
 */
export async function login(
  http: ScalevHttp,
  email: string,
  password: string,
  signal?: AbortSignal,
): Promise<LoginResult> {
  const path = '/public/auth/login';
  const body = await http.request<unknown>({
    method: 'POST',
    family: 'public',
    path,
    body: { email, password },
    signal,
  });
  if (isRecord(body) && 'access' in body) return { kind: 'tokens', tokens: readTokens(body, path) };
  if (isRecord(body) && typeof body.message === 'string') return { kind: 'otp', message: body.message };
  throw unreadable(path);
}

/** `POST /public/auth/otp/verify`: the code from the email, for the email given at login. */
export async function verifyOtp(
  http: ScalevHttp,
  email: string,
  otp: string,
  signal?: AbortSignal,
): Promise<CustomerAuthTokenResponseBody> {
  const path = '/public/auth/otp/verify';
  const body = await http.request<unknown>({ method: 'POST', family: 'public', path, body: { email, otp }, signal });
  return readTokens(body, path);
}

/**
 * `POST /public/auth/jwt/refresh`. The refresh token is single-use: the answer's `refresh` replaces
 * it, and sending a rotated one again revokes the whole family. Call it through `CustomerSession`,
 * which makes sure only one refresh per store runs at a time across tabs.
 */
export async function refreshTokens(
  http: ScalevHttp,
  refresh: string,
  signal?: AbortSignal,
): Promise<CustomerAuthTokenResponseBody> {
  const path = '/public/auth/jwt/refresh';
  const body = await http.request<unknown>({ method: 'POST', family: 'public', path, body: { refresh }, signal });
  return readTokens(body, path);
}

/** `POST /public/auth/jwt/blacklist` (204): revokes the given access and refresh tokens. */
export async function blacklistTokens(http: ScalevHttp, tokens: string[], signal?: AbortSignal): Promise<void> {
  await http.request({ method: 'POST', family: 'public', path: '/public/auth/jwt/blacklist', body: { tokens }, signal });
}

/**
 * `POST /public/auth/forget-password` (204). The emailed link opens `/reset-password?token=…` on the
 * registered origin this request comes from.
 */
export async function forgetPassword(http: ScalevHttp, email: string, signal?: AbortSignal): Promise<void> {
  await http.request({ method: 'POST', family: 'public', path: '/public/auth/forget-password', body: { email }, signal });
}

/** `POST /public/auth/save-password` (204) with the token read from the reset link's URL. */
export async function savePassword(
  http: ScalevHttp,
  token: string,
  password: string,
  signal?: AbortSignal,
): Promise<void> {
  await http.request({
    method: 'POST',
    family: 'public',
    path: '/public/auth/save-password',
    body: { token, password },
    signal,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Both tokens are required: a body without a usable `refresh` could not be kept past the access
 * token's lifetime, and treating it as a sign-in would end in a surprise sign-out.
 */
function readTokens(body: unknown, path: string): CustomerAuthTokenResponseBody {
  if (isRecord(body) && isToken(body.access) && isToken(body.refresh)) {
    return body as CustomerAuthTokenResponseBody;
  }
  throw unreadable(path);
}

function isToken(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function unreadable(path: string): ScalevApiError {
  return new ScalevApiError({
    kind: 'parse',
    status: 200,
    message: 'The store sent a sign-in answer the kit could not read.',
    method: 'POST',
    path,
  });
}
