import { html } from 'lit';
import {
  DEMO_API_BASE,
  DEMO_CUSTOMER,
  DEMO_STORE_ID,
  type MockOptions,
  type MockScalev,
} from '../src/mock/index.js';
import { issueTokens } from '../src/mock/services/tokens.js';
import '../src/elements/login/define.js';
import { inMockStore } from './support/mock-store.js';

/*
 * The demo customer signs in with budi@example.com / rahasia123; when the store asks for a
 * one-time code (the "OTP" stories) the code is 123456.
 */

interface LoginArgs {
  locale: 'id' | 'en';
  theme: '' | 'light' | 'dark';
  resetParam: string;
}

const storageKey = (name: string) => `scalev:${new URL(DEMO_API_BASE).origin}|${DEMO_STORE_ID}:${name}`;

/** Signs the demo customer in before the story renders, as after an earlier visit. */
export function seedSignedIn(mock: MockScalev, email: string = DEMO_CUSTOMER.email): void {
  const customer = mock.db.customerByEmail(email)!;
  const tokens = issueTokens(mock.db, customer);
  const now = Date.now();
  localStorage.setItem(
    storageKey('customer'),
    JSON.stringify({
      sid: `story-${now}`,
      access: tokens.access,
      refresh: tokens.refresh,
      obtainedAt: now,
      accessExpiresAt: now + tokens.expires_in * 1000,
      refreshExpiresAt: now + tokens.refresh_expires_in * 1000,
    }),
  );
}

export function seedSignedOut(): void {
  localStorage.removeItem(storageKey('customer'));
}

/** Puts `?token=…` in the address bar, as the emailed reset link does (other parameters stay). */
function withResetToken(token: string): void {
  const url = new URL(location.href);
  url.searchParams.set('token', token);
  history.replaceState(history.state, '', url);
}

function withoutResetToken(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url);
}

function story(
  options: {
    mockOptions?: MockOptions;
    signedIn?: boolean;
    resetToken?: (mock: MockScalev) => string;
    setup?: (mock: MockScalev) => void;
    twice?: boolean;
  } = {},
) {
  return (args: LoginArgs) =>
    inMockStore(
      html`<div style="max-width:26rem;margin:auto;padding:1rem;display:grid;gap:2rem">
        <scalev-login locale=${args.locale} theme=${args.theme} reset-param=${args.resetParam}></scalev-login>
        ${options.twice ? html`<scalev-login locale=${args.locale} theme=${args.theme}></scalev-login>` : ''}
      </div>`,
      {
        mockOptions: options.mockOptions,
        locale: args.locale,
        theme: args.theme,
        setup: (mock) => {
          if (options.signedIn) seedSignedIn(mock);
          else seedSignedOut();
          if (options.resetToken) withResetToken(options.resetToken(mock));
          else withoutResetToken();
          options.setup?.(mock);
        },
      },
    );
}

/** A reset link the mock really issued for the demo customer (valid for an hour). */
function issuedResetToken(mock: MockScalev): string {
  const token = `story-reset-${Date.now()}`;
  mock.db.passwordResets.push({
    email: DEMO_CUSTOMER.email,
    token,
    link: `${location.origin}/reset-password?token=${token}`,
    createdAt: Date.now(),
    expiresAt: Date.now() + 3_600_000,
    used: false,
  });
  return token;
}

export default {
  title: 'Elements/Login',
  component: 'scalev-login',
  // Helpers shared with the account stories, not stories themselves.
  excludeStories: ['seedSignedIn', 'seedSignedOut'],
  render: story(),
  args: { locale: 'id', theme: '', resetParam: 'token' } satisfies LoginArgs,
  argTypes: {
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    resetParam: { control: 'text', name: 'reset-param', description: 'Query parameter of the reset link that carries the token.' },
  },
};

/** Email and password; the store answers with tokens. */
export const SignIn = {};

/** The store asks for a one-time code after the password (code 123456). Paste "123 456" to see it cleaned. */
export const OneTimeCode = { render: story({ mockOptions: { otpRequired: true } }) };

/** Already signed in: the customer's name and "sign out" (which revokes both tokens). */
export const SignedIn = { render: story({ signedIn: true }) };

/** Two widgets on one page share the session; `scalev-login`/`scalev-logout` reach `document` once. */
export const TwoWidgets = { render: story({ twice: true }) };

/** Every answer takes 1.5 s: the busy button, no double submit. */
export const SlowApi = { render: story({ mockOptions: { latencyMs: 1500 } }) };

/** Signed in, with the profile still loading (the API never answers). */
export const Loading = { render: story({ signedIn: true, mockOptions: { latencyMs: 100000 } }) };

/** The store is down: sign-in ends in clear words, "sign in" again works once the fault is used up. */
export const ServerError = {
  render: story({ setup: (mock) => mock.faults.add({ path: '/public/auth/login', status: 500, body: { message: 'Internal error' } }) }),
};

/** Too many attempts: the API answers 429 in plain text. */
export const RateLimited = {
  render: story({
    setup: (mock) =>
      mock.faults.add({
        path: '/public/auth/login',
        status: 429,
        body: 'Too many requests',
        contentType: 'text/plain',
        headers: { 'X-Ratelimit-Reset': String(Math.floor(Date.now() / 1000) + 30) },
        times: Infinity,
      }),
  }),
};

/** The page the emailed link opens (`/reset-password?token=…`): new password and confirmation. */
export const ResetLink = { render: story({ resetToken: issuedResetToken }) };

/** A used or expired link: clear words and a way to ask for a new email. */
export const ExpiredResetLink = { render: story({ resetToken: () => 'kedaluwarsa' }) };

/** The session was revoked elsewhere: the widget returns to sign-in with a message. */
export const SessionRevoked = {
  render: story({
    signedIn: true,
    setup: (mock) => {
      queueMicrotask(() => {
        for (const record of mock.db.tokens.values()) {
          mock.db.revokedFamilies.add(record.family);
          record.revoked = true;
        }
      });
    },
  }),
};

/** Markup and a 100-character name from the store are shown as text. */
export const OddData = {
  render: story({
    signedIn: true,
    setup: (mock) => {
      mock.db.customerByEmail(DEMO_CUSTOMER.email)!.name = `<img src=x onerror=alert(1)> ${'Budi Santoso Wijayakusuma '.repeat(4)}`;
    },
  }),
};

export const Dark = { args: { theme: 'dark' } };

export const English = { args: { locale: 'en' } };
