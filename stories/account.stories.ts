import { html } from 'lit';
import {
  COURSE_VARIANT_ID,
  DEMO_ORDER_SLUGS,
  DEMO_SUBSCRIPTION_IDS,
  EXPIRED_COURSE_VARIANT_ID,
  SECOND_CUSTOMER,
  type MockOptions,
  type MockScalev,
} from '../src/mock/index.js';
import { stableUuid } from '../src/mock/core/ids.js';
import '../src/elements/account/define.js';
import { seedSignedIn, seedSignedOut } from './login.stories.js';
import { inMockStore } from './support/mock-store.js';

/*
 * The demo customer (budi@example.com / rahasia123) has addresses, 32 orders, three subscriptions
 * and two courses (one whose access expired). The `route` control is the sub-view, written to the
 * URL exactly as a link or a reload would (`?account=orders/…`).
 */

interface AccountArgs {
  route: string;
  routing: 'query' | 'hash' | 'path';
  routeKey: string;
  sections: string;
  locale: 'id' | 'en';
  theme: '' | 'light' | 'dark';
}

const COURSE_UUID = stableUuid(`variant:${COURSE_VARIANT_ID}`);

/** Writes the sub-view into the URL the way the element reads it, keeping Storybook's own parameters. */
function showRoute(route: string, routing: AccountArgs['routing'], key: string): void {
  const url = new URL(location.href);
  url.searchParams.delete(key);
  if (routing === 'hash') url.hash = route ? `/${key}/${route}` : '';
  else {
    url.hash = '';
    if (route) url.searchParams.set(key, route);
  }
  history.replaceState(history.state, '', `${url.pathname}${url.search.replace(/%2F/g, '/')}${url.hash}`);
}

function story(
  options: {
    mockOptions?: MockOptions;
    signedOut?: boolean;
    email?: string;
    route?: string | ((mock: MockScalev) => string);
    setup?: (mock: MockScalev) => void;
  } = {},
) {
  return (args: AccountArgs) =>
    inMockStore(
      html`<div style="max-width:60rem;margin:auto;padding:1rem">
        <scalev-account
          routing=${args.routing}
          route-key=${args.routeKey}
          sections=${args.sections}
          locale=${args.locale}
          theme=${args.theme}
        ></scalev-account>
      </div>`,
      {
        mockOptions: options.mockOptions,
        locale: args.locale,
        theme: args.theme,
        setup: (mock) => {
          if (options.signedOut) seedSignedOut();
          else seedSignedIn(mock, options.email);
          options.setup?.(mock);
          const route = typeof options.route === 'function' ? options.route(mock) : (options.route ?? args.route);
          showRoute(route, args.routing === 'path' ? 'query' : args.routing, args.routeKey || 'account');
        },
      },
    );
}

const orderRoute = (slug: string) => (mock: MockScalev) => `orders/${mock.db.orders.get(slug)!.id}`;

export default {
  title: 'Elements/Account',
  component: 'scalev-account',
  render: story(),
  args: {
    route: '',
    routing: 'query',
    routeKey: 'account',
    sections: 'profile,password,addresses,orders,subscriptions,courses',
    locale: 'id',
    theme: '',
  } satisfies AccountArgs,
  argTypes: {
    route: { control: 'text', description: 'Sub-view, e.g. orders, addresses/new, subscriptions/<id>, courses/<variant-uuid>.' },
    routing: { control: 'inline-radio', options: ['query', 'hash'], description: 'Where the sub-view lives in the URL (path needs a server).' },
    routeKey: {
      control: 'text',
      name: 'route-key',
      description: 'Query parameter (query routing) or hash namespace (hash routing) of the sub-view. `base` (the page path for `routing="path"`) needs a server and is shown in the demo, not here.',
    },
    sections: { control: 'text', description: 'Sections offered, in order.' },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
};

/** Signed out: the account shows `<scalev-login>` and opens the profile after sign-in. */
export const SignedOut = { render: story({ signedOut: true }) };

export const Profile = {};

export const ChangePassword = { args: { route: 'password' } };

export const Addresses = { args: { route: 'addresses' } };

export const AddressesEmpty = {
  args: { route: 'addresses' },
  render: story({ setup: (mock) => mock.db.addresses.clear() }),
};

/** The address form with the location picker shared with checkout. */
export const NewAddress = { args: { route: 'addresses/new' } };

export const Orders = { args: { route: 'orders' } };

export const OrdersEmpty = { args: { route: 'orders' }, render: story({ email: SECOND_CUSTOMER.email }) };

/** Waiting for a bank transfer: amounts and the store's accounts. */
export const OrderAwaitingPayment = { render: story({ route: orderRoute(DEMO_ORDER_SLUGS.bankTransferPending) }) };

export const OrderVirtualAccount = { render: story({ route: orderRoute(DEMO_ORDER_SLUGS.virtualAccountPending) }) };

/** Shipped, with the tracking number and its copy button. */
export const OrderShipped = { render: story({ route: orderRoute(DEMO_ORDER_SLUGS.shipped) }) };

export const Subscriptions = { args: { route: 'subscriptions' } };

/** Active: cancel (with confirmation) and plan changes per item. */
export const SubscriptionActive = { args: { route: `subscriptions/${DEMO_SUBSCRIPTION_IDS.active}` } };

/** Ending at period end: resume. */
export const SubscriptionEnding = { args: { route: `subscriptions/${DEMO_SUBSCRIPTION_IDS.cancelAtPeriodEnd}` } };

export const Courses = { args: { route: 'courses' } };

export const Course = { args: { route: `courses/${COURSE_UUID}` } };

/** A lesson whose merchant HTML carries a script, an `onerror` and a `javascript:` link: all neutralised. */
export const LessonWithHostileHtml = { args: { route: `courses/${COURSE_UUID}/${stableUuid('course-content:foto-2-2')}` } };

/** Access over (403): "not included in your purchases", not an error page. */
export const CourseNotIncluded = { args: { route: `courses/${stableUuid(`variant:${EXPIRED_COURSE_VARIANT_ID}`)}` } };

/** The API never answers: every view shows its skeleton. */
export const Loading = { args: { route: 'orders' }, render: story({ mockOptions: { latencyMs: 100000 } }) };

/** The orders cannot be loaded; "Coba lagi" works once the fault is used up. */
export const LoadError = {
  args: { route: 'orders' },
  render: story({ setup: (mock) => mock.faults.add({ path: '/customers/me/orders', method: 'GET', status: 500, times: 2 }) }),
};

/** Markup and very long text from the store and the buyer, shown as text. */
export const OddData = {
  args: { route: 'addresses' },
  render: story({
    setup: (mock) => {
      const address = mock.db.addresses.get(801)!;
      address.name = `<img src=x onerror=alert(1)> ${'Rumah Keluarga Besar Santoso '.repeat(4)}`;
      address.address = '<script>alert(1)</script> Jl. Panjang Sekali '.repeat(6);
      address.locationId = null;
    },
  }),
};

/** The sub-view in `#/account/…`, for pages whose own router owns the query string. */
export const HashRouting = { args: { routing: 'hash', route: 'subscriptions' } };

/** Its own URL key (`route-key="akun"`): the sub-view is kept as `?akun=orders`, beside other widgets' parameters. */
export const OwnRouteKey = { args: { routeKey: 'akun', route: 'orders' } };

export const OnlyOrdersAndProfile = { args: { sections: 'profile,orders', route: 'orders' } };

export const Dark = { args: { theme: 'dark', route: 'orders' } };

export const English = { args: { locale: 'en', route: 'subscriptions' } };
