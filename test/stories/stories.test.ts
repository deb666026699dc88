import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { until } from '../helpers/fixture.js';
import * as account from '../../stories/account.stories.js';
import * as cart from '../../stories/cart.stories.js';
import * as catalog from '../../stories/catalog.stories.js';
import * as checkout from '../../stories/checkout.stories.js';
import * as login from '../../stories/login.stories.js';
import * as orderStatus from '../../stories/order-status.stories.js';
import * as product from '../../stories/product.stories.js';
import * as storefront from '../../stories/storefront.stories.js';

/*
 * Every story of every element renders that element, and shows the setup message only when that is
 * the story's point: a story broken by a change to its element (a renamed attribute, a setup that
 * throws) fails here instead of in a merchant's Storybook.
 */

type Args = Record<string, unknown>;
interface Story {
  args?: Args;
  render?: (args: Args) => TemplateResult;
}
interface StoriesModule {
  default: { component: string; args?: Args; render: (args: Args) => TemplateResult };
  [name: string]: unknown;
}

const MODULES: Record<string, StoriesModule> = { account, cart, catalog, checkout, login, orderStatus, product, storefront } as unknown as Record<
  string,
  StoriesModule
>;
/** Stories whose point is the setup message. */
const SHOWS_PROBLEM = new Set(['BusinessKeyByMistake']);
const START_URL = `${location.pathname}${location.search}`;

function findDeep(root: ParentNode, tag: string): HTMLElement | null {
  const direct = root.querySelector<HTMLElement>(tag);
  if (direct) return direct;
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const inner = el.shadowRoot && findDeep(el.shadowRoot, tag);
    if (inner) return inner;
  }
  return null;
}

async function show(module: StoriesModule, name: string): Promise<{ container: HTMLElement; el: HTMLElement & { updateComplete: Promise<unknown> } }> {
  const story = module[name] as Story;
  const args = { ...module.default.args, ...story.args };
  const container = document.createElement('div');
  document.body.append(container);
  render((story.render ?? module.default.render)(args), container);
  const tag = module.default.component;
  await until(() => findDeep(container, tag), `<${tag}> rendered`);
  const el = findDeep(container, tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await until(() => customElements.get(tag), `<${tag}> defined`);
  await el.updateComplete;
  return { container, el };
}

function done(container: HTMLElement): void {
  render(null, container);
  container.remove();
  history.replaceState(null, '', START_URL);
}

describe('stories', function () {
  this.timeout(20000);
  afterEach(() => history.replaceState(null, '', START_URL));

  for (const [file, module] of Object.entries(MODULES)) {
    for (const name of Object.keys(module).filter((key) => key !== 'default')) {
      it(`${file} › ${name} renders its element${SHOWS_PROBLEM.has(name) ? ' with the setup message' : ''}`, async () => {
        const { container, el } = await show(module, name);
        try {
          await until(() => el.shadowRoot && el.shadowRoot.childNodes.length > 0, 'the element rendered something');
          // The message may be the element's own or, for a storefront that is its own store, its inner store's.
          const showsProblem = () => el.matches(':state(problem)') || Boolean(findDeep(el.shadowRoot!, '[part~="problem"]'));
          if (SHOWS_PROBLEM.has(name)) await until(showsProblem, 'the setup message');
          else expect(showsProblem(), 'shows the setup message').to.equal(false);
        } finally {
          done(container);
        }
      });
    }
  }

  it('product › Modal opens the buy box as a dialog from its button', async () => {
    const { container, el } = await show(product as unknown as StoriesModule, 'Modal');
    try {
      container.querySelector('button')!.click();
      await until(() => el.shadowRoot?.querySelector('dialog[open]'), 'the dialog opened');
    } finally {
      done(container);
    }
  });

  it('account › OwnRouteKey keeps the sub-view under its own query key', async () => {
    const { container, el } = await show(account as unknown as StoriesModule, 'OwnRouteKey');
    try {
      expect(new URL(location.href).searchParams.get('akun')).to.equal('orders');
      await until(
        () => el.shadowRoot?.querySelector('a[part~="nav-link"][aria-current="page"]')?.getAttribute('href')?.includes('akun=orders'),
        'the orders view is current',
      );
    } finally {
      done(container);
    }
  });

  it('storefront › QueryRoutingOwnKey opens the route named by its own query key', async () => {
    const { container, el } = await show(storefront as unknown as StoriesModule, 'QueryRoutingOwnKey');
    try {
      await until(() => (el as HTMLElement & { route?: string }).route === '/produk/teh-hijau-tambi', 'the product route');
    } finally {
      done(container);
    }
  });
});
