import { html, type TemplateResult } from 'lit';
import '../../../src/elements/account/define.js';
import type { ScalevAccount } from '../../../src/elements/account/account.js';
import { DEMO_CUSTOMER, type MockOptions } from '../../../src/mock/index.js';
import type { Mounted } from '../../helpers/fixture.js';
import { shadow, until } from '../../helpers/fixture.js';
import { mount } from '../login/helpers.js';

export { disposeSessions, submit, textOf, typeInto, waitForRequest, recordAuthEvents } from '../login/helpers.js';

/** The URL the test runner opened; every test puts it back. */
export const ORIGINAL_URL = location.pathname + location.search + location.hash;

export function restoreUrl(): void {
  history.replaceState(null, '', ORIGINAL_URL);
}

/** The runner's URL with `extra` query text added (its own parameters must survive our routing). */
export function urlWith(query: string, hash = ''): string {
  const base = ORIGINAL_URL.split('#')[0]!;
  return `${base}${base.includes('?') ? '&' : '?'}${query}${hash}`;
}

export interface AccountMountOptions {
  url?: string;
  template?: TemplateResult;
  signIn?: boolean;
  mockOptions?: MockOptions;
  mock?: Mounted<Element>['mock'];
  keepStorage?: boolean;
  email?: string;
  password?: string;
}

/** Mounts `<scalev-account>` at `url` and signs the demo customer in (unless `signIn: false`). */
export async function mountAccount(options: AccountMountOptions = {}): Promise<Mounted<ScalevAccount>> {
  if (options.url !== undefined) history.replaceState(null, '', options.url);
  const mounted = await mount<ScalevAccount>(options.template ?? html`<scalev-account></scalev-account>`, {
    mockOptions: options.mockOptions,
    mock: options.mock,
    keepStorage: options.keepStorage,
  });
  if (options.signIn !== false) {
    await mounted.storefront.customer.login(options.email ?? DEMO_CUSTOMER.email, options.password ?? DEMO_CUSTOMER.password);
    await until(() => shadow(mounted.el).querySelector('nav'), 'account navigation after sign-in');
  }
  return mounted;
}

export function viewTitle(el: Element): string {
  return (shadow(el).querySelector('[data-view-heading]')?.textContent ?? '').trim();
}

export function waitForTitle(el: Element, title: string): Promise<void> {
  return until(() => viewTitle(el) === title, `view title "${title}" (now "${viewTitle(el)}")`);
}

export function waitForText(el: Element, words: string, timeout?: number): Promise<void> {
  return until(() => (shadow(el).textContent ?? '').replace(/\s+/g, ' ').includes(words), `text "${words}"`, timeout);
}

/** The first link or button of the account whose text contains `words`. */
export function control<T extends HTMLElement = HTMLElement>(el: Element, words: string, selector = 'a, button'): T {
  const found = [...shadow(el).querySelectorAll<T>(selector)].find((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').includes(words),
  );
  if (!found) throw new Error(`no control with "${words}"`);
  return found;
}

/** A plain left click, as a person would give it (the account keeps such clicks in the page). */
export function click(node: HTMLElement, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0, ...init });
  node.dispatchEvent(event);
  return event;
}

/** Answers the account's confirmation dialog. */
export async function answerDialog(el: Element, confirm: boolean): Promise<void> {
  await until(() => shadow(el).querySelector<HTMLDialogElement>('dialog')?.open, 'confirmation dialog open');
  const part = confirm ? 'dialog-confirm' : 'dialog-cancel';
  shadow(el).querySelector<HTMLButtonElement>(`dialog [part="${part}"]`)!.click();
}

/** The account's route parameter from the current URL. */
export function routeParam(key = 'account'): string | null {
  const pair = location.search
    .slice(1)
    .split('&')
    .find((p) => p.split('=')[0] === key);
  return pair === undefined ? null : pair.slice(key.length + 1);
}
