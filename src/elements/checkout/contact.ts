/** The guest's contact step: name, email, Indonesian phone (required when the order ships). */
import { html, nothing, type TemplateResult } from 'lit';
import type { CheckoutHost } from './checkout-host.js';
import { field } from './fields.js';
import { normalizePhone } from './phone.js';
import './parts.strings.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** An address the API can take: something@domain.tld, at most 254 characters. */
export function isPlausibleEmail(email: string): boolean {
  return EMAIL.test(email) && email.length <= 254;
}

export function renderContact(host: CheckoutHost, stepHeading: boolean): TemplateResult {
  return html`<section class="section" part="section" aria-labelledby="h-contact">
    ${host.sectionHeading('h-contact', host.t('checkout.contact'), stepHeading)} ${renderSignInOffer(host)}
    ${field(host, 'customer_name', { label: host.t('checkout.name'), autocomplete: 'name', required: true, maxlength: 200 })}
    ${field(host, 'customer_email', {
      label: host.t('checkout.email'),
      type: 'email',
      autocomplete: 'email',
      inputmode: 'email',
      required: true,
      maxlength: 254,
      hint: host.t('checkout.emailHint'),
      onBlur: () => {
        const email = host.values.customer_email.trim();
        if (email && !isPlausibleEmail(email)) host.errors = { ...host.errors, customer_email: host.t('checkout.invalidEmail') };
      },
    })}
    ${field(host, 'customer_phone', {
      label: host.t('checkout.phone'),
      type: 'tel',
      autocomplete: 'tel',
      inputmode: 'tel',
      required: host.requiresShipping,
      maxlength: 20,
      hint: host.t('checkout.phoneHint'),
      ...(host.requiresShipping ? {} : { optionalLabel: host.t('checkout.optional') }),
      onBlur: () => {
        const normal = normalizePhone(host.values.customer_phone);
        if (host.values.customer_phone.trim() && !normal) host.errors = { ...host.errors, customer_phone: host.t('checkout.invalidPhone') };
      },
    })}
  </section>`;
}

/**
 * A returning customer can sign in for saved addresses, on the store's `login-url` page. Without that
 * template nothing is offered: `<scalev-login>` placed on the page already switches this checkout to
 * the customer's when the buyer signs in (the form keeps what was typed).
 */
function renderSignInOffer(host: CheckoutHost): TemplateResult | typeof nothing {
  const loginUrl = host.storefront?.url('login');
  if (!loginUrl) return nothing;
  return html`<p class="sign-in" part="sign-in">
    ${host.t('checkout.haveAccount')} <a part="sign-in-link" href=${loginUrl}>${host.t('checkout.signIn')}</a>
  </p>`;
}
