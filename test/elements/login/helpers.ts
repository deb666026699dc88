import { expect } from '@open-wc/testing';
import type { MockScalev } from '../../../src/mock/index.js';
import type { TemplateResult } from 'lit';
import { mountInStore, requestsTo, shadow, until, type Mounted } from '../../helpers/fixture.js';

const mounted: Mounted<Element>[] = [];

/**
 * `mountInStore` that remembers the store, so `disposeSessions()` can silence its customer session
 * after the test: every test's mock gets its own session on the same storage keys and broadcast
 * channel, and a session left listening would react to later tests like another open tab.
 */
export async function mount<T extends Element>(
  template: TemplateResult,
  options: Parameters<typeof mountInStore>[1] = {},
): Promise<Mounted<T>> {
  const result = await mountInStore<T>(template, options);
  mounted.push(result as unknown as Mounted<Element>);
  return result;
}

export function disposeSessions(): void {
  for (const { storefront } of mounted.splice(0)) {
    storefront.customer.dispose();
    // Requests still in flight from the finished test must not consult (and re-sync) the old session.
    storefront.http.customerAuth = null;
  }
}

/** Types into an input of the element's shadow root, as a person would (an `input` event per value). */
export function typeInto(root: ParentNode, selector: string, value: string): HTMLInputElement {
  const input = root.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no input ${selector}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  return input;
}

/**
 * Submits the first form of the root through its submit button, as a person would: once the button
 * is usable (a busy state may outlast the previous request briefly, so it never flickers).
 */
export async function submit(root: ParentNode, formSelector = 'form'): Promise<void> {
  const form = root.querySelector<HTMLFormElement>(formSelector);
  if (!form) throw new Error(`no form ${formSelector}`);
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button) {
    form.requestSubmit();
    return;
  }
  await until(() => !button.disabled, 'submit button usable');
  button.click();
}

export function textOf(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
}

export async function signInThroughForm(el: Element, email: string, password: string): Promise<void> {
  const root = shadow(el);
  typeInto(root, 'input[name="email"]', email);
  typeInto(root, 'input[name="password"]', password);
  await submit(root);
}

/** Every customer call carried a bearer and no storefront key; every auth call the key and no bearer. */
export function expectFamiliesRespected(mock: MockScalev): void {
  for (const request of mock.requests) {
    if (request.path.includes('/customers/me')) {
      expect(request.headers['authorization'], request.path).to.match(/^Bearer /);
    }
    if (request.path.includes('/public/auth/')) {
      expect(request.headers['authorization'], request.path).to.equal(undefined);
      expect(request.headers['x-scalev-storefront-api-key'], request.path).to.be.a('string');
    }
  }
}

export async function waitForRequest(mock: MockScalev, path: string, method?: string, count = 1): Promise<void> {
  await until(() => requestsTo(mock, path, method).length >= count, `${count} request(s) to ${method ?? ''} ${path}`);
}

/** Collects `scalev-login` / `scalev-logout` from `document` for the duration of a test. */
export function recordAuthEvents() {
  const events: Array<{ type: string; detail: unknown }> = [];
  const onEvent = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
  document.addEventListener('scalev-login', onEvent);
  document.addEventListener('scalev-logout', onEvent);
  return {
    events,
    stop() {
      document.removeEventListener('scalev-login', onEvent);
      document.removeEventListener('scalev-logout', onEvent);
    },
  };
}
