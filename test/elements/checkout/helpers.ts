import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { DEMO_API_BASE, DEMO_STOREFRONT_KEY, createMockScalev, type MockOptions } from '../../../src/mock/index.js';
import { ScalevStore } from '../../../src/elements/store/scalev-store.js';
import { shadow, until as waitFor } from '../../helpers/fixture.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import type { ScalevLocationPicker } from '../../../src/ui/location-picker.js';
import { cartStore } from '../../../src/state/cart.js';
import type { Storefront } from '../../../src/context/storefront.js';
import type { MockScalev } from '../../../src/mock/index.js';

/** Waits generously: these journeys run while other suites load the machine. */
const until = (predicate: () => unknown, message: string, timeout = 8000) => waitFor(predicate, message, Math.max(timeout, 8000));

export const PHYSICAL_VARIANT = 494535;
export const SECOND_PHYSICAL_VARIANT = 494545;
export const DIGITAL_VARIANT = 494602;

export function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in ${el.localName}`);
  return found;
}

export function text(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
}

/** Types into the field with this `name`, as a buyer would. */
export async function fill(el: ScalevCheckout, name: string, value: string): Promise<void> {
  const input = q<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

export async function choose(el: ScalevCheckout, name: string, value?: string): Promise<void> {
  const selector = value === undefined ? `input[name="${name}"]` : `input[name="${name}"][value="${value}"]`;
  await until(() => shadow(el).querySelector(selector), `${selector} offered`);
  const input = q<HTMLInputElement>(el, selector);
  input.click();
  await el.updateComplete;
}

export function picker(el: ScalevCheckout): ScalevLocationPicker {
  return q<ScalevLocationPicker>(el, 'scalev-location-picker');
}

/** Searches a location in the picker and picks the first result (postal code auto-picked when single). */
export async function pickLocation(el: ScalevCheckout, search: string, postal?: string): Promise<void> {
  await until(() => shadow(el).querySelector('scalev-location-picker')?.shadowRoot?.querySelector('input[role="combobox"]'), 'picker ready');
  const p = picker(el);
  const input = p.shadowRoot!.querySelector('input[role="combobox"]') as HTMLInputElement;
  input.focus();
  input.value = search;
  input.dispatchEvent(new Event('input'));
  await until(() => p.shadowRoot!.querySelector('[role="option"]'), `results for ${search}`);
  (p.shadowRoot!.querySelector('[role="option"]') as HTMLElement).click();
  await until(() => p.shadowRoot!.querySelector('[name$="postal_code"]'), 'postal control');
  const control = p.shadowRoot!.querySelector('[name$="postal_code"]') as HTMLInputElement | HTMLSelectElement;
  if (!postal && control instanceof HTMLSelectElement) {
    await until(() => control.options.length > 1, 'postal options');
    postal = control.options[1]!.value;
  }
  if (postal) {
    if (control instanceof HTMLSelectElement) {
      await until(() => control.querySelector(`option[value="${postal}"]`), 'postal option');
      control.value = postal;
      control.dispatchEvent(new Event('change'));
    } else {
      control.value = postal;
      control.dispatchEvent(new Event('input'));
    }
  }
  await until(() => /^\d{5}$/.test(p.postalCode), 'postal code chosen');
  await el.updateComplete;
}

/** Adds a variant to the cart as a product page would, with the unique id analytics needs. */
export async function addToCart(sf: Storefront, variantId: number, quantity = 1, name = `Produk ${variantId}`, mock?: MockScalev): Promise<void> {
  const uniqueId = mock?.db.variants.get(variantId)?.json.unique_id ?? null;
  await cartStore(sf).add({ type: 'variant', variantId, quantity, display: { name, unitPrice: null, uniqueId } });
}

export async function ready(el: ScalevCheckout): Promise<void> {
  await until(() => shadow(el).querySelector('[part="place-order"]') || shadow(el).querySelector('[part="next-button"]'), 'checkout ready', 6000);
}

export async function fillGuestContact(el: ScalevCheckout): Promise<void> {
  await fill(el, 'customer_name', 'Sari Dewi');
  await fill(el, 'customer_email', 'sari@example.com');
  await fill(el, 'customer_phone', '0812-3456-7890');
}

export async function fillGuestDelivery(el: ScalevCheckout): Promise<void> {
  await fill(el, 'shipping_address', 'Jl. Melati No. 5, RT 01/RW 02');
  await pickLocation(el, 'Gambir');
  await until(() => shadow(el).querySelector('input[name="courier_service_id"]'), 'shipping options', 6000);
  await choose(el, 'courier_service_id');
}

export function placeButton(el: ScalevCheckout): HTMLButtonElement {
  return q<HTMLButtonElement>(el, '[part="place-order"]');
}

export function expectNoXss(el: Element): void {
  expect((window as unknown as { __xss?: boolean }).__xss).to.equal(undefined);
  expect(shadow(el).querySelector('img[onerror]')).to.equal(null);
}


ScalevStore.define();
let isolated = 0;

export interface IsolatedOptions {
  mockOptions?: MockOptions;
  mock?: MockScalev;
  /** Reuse a store id (a "reload" of the same store); default: a new one per mount. */
  storeId?: string;
  locale?: string;
  urls?: Record<string, string>;
  timeout?: number;
}

/**
 * Like `mountInStore`, but under a store id of its own. The runner opens test files in two tabs of
 * one origin: with the shared demo store id, a sign-in, a guest token or a storage clear in one
 * tab would reach the other tab's sessions (storage and broadcast channel are per store), exactly
 * as between two real tabs of one shop. A store id per test keeps each test to itself.
 */
export async function mountIsolated<T extends Element = HTMLElement>(template: TemplateResult, options: IsolatedOptions = {}) {
  const storeId = options.storeId ?? `store_iso_${Date.now().toString(36)}_${++isolated}`;
  const mock = options.mock ?? createMockScalev({ ...options.mockOptions, storeId });
  const urls = options.urls ?? {};
  const store = await fixture<ScalevStore>(html`<scalev-store
    store-id=${storeId}
    storefront-key=${DEMO_STOREFRONT_KEY}
    api-base=${DEMO_API_BASE}
    locale=${options.locale ?? 'en'}
    timeout=${options.timeout ?? 15000}
    order-url=${urls['order'] ?? ''}
    login-url=${urls['login'] ?? ''}
    .fetcher=${mock.fetch}
    >${template}</scalev-store
  >`);
  const el = store.firstElementChild as T;
  if (el && 'updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { store, el, mock, storefront: store.storefront!, storeId };
}
