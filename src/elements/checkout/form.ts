/**
 * The form's frame: notices, the phone layout's steps and their navigation, the sections in
 * their places and the phone layout's total line. Loaded while the
 * checkout prepares, so the form shows whole.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseMoney } from '../../api/money.js';
import type { CheckoutHost, Step } from './checkout-host.js';
import './parts.strings.js';

export { checkoutPartStyles as styles } from './parts.styles.js';

export function renderForm(host: CheckoutHost): TemplateResult {
  const steps = host.steps();
  const current = steps[Math.min(host.stepIndex, steps.length - 1)]!;
  const visible = (step: Step) => host.wide || step === current;
  const heading = (step: Step) => current === step && !host.wide;
  return html`<form class="checkout ${host.wide ? 'checkout--wide' : ''}" part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
    ${renderNotices(host)}
    ${host.wide ? nothing : renderStepper(host, steps, current)}
    <div class="main">
      ${!host.customer && visible('contact') ? host.renderSection('contact', heading('contact')) : nothing}
      ${host.requiresShipping && visible('delivery') ? host.renderSection('delivery', heading('delivery')) : nothing}
      ${!host.requiresShipping && (host.wide || current === 'payment')
        ? html`<p class="muted digital" part="notice">${host.t('checkout.digitalOnly')}</p>`
        : nothing}
      ${visible('payment') ? host.renderSection('payment', heading('payment')) : nothing}
      ${!host.wide && current !== 'review' ? renderStepNav(host, steps) : nothing}
    </div>
    ${host.wide || current === 'review' ? host.renderSection('review', heading('review')) : renderMiniTotal(host)}
  </form>`;
}

function renderNotices(host: CheckoutHost): TemplateResult {
  const uncertain = host.submitProblem?.uncertain || (host.uncertainBefore && !host.submitProblem);
  return html`${host.sessionNotice ? html`<p class="notice notice--warning" part="notice" role="alert">${host.sessionNotice}</p>` : nothing}${host.restored && !uncertain
    ? html`<p class="notice" part="notice">${host.t('checkout.restored')}</p>`
    : nothing}${uncertain && !host.submitProblem
    ? html`<div class="notice notice--warning" part="notice" role="alert">${host.t('checkout.uncertain')}</div>`
    : nothing}${host.unavailable.length
    ? html`<p class="notice notice--warning" part="notice">${host.t('checkout.unavailable', { names: host.unavailable.join(', ') })}</p>`
    : nothing}`;
}

function renderStepper(host: CheckoutHost, steps: Step[], current: Step): TemplateResult {
  return html`<nav class="stepper" part="steps" aria-label=${host.t('checkout.steps')}>
    <ol>
      ${steps.map(
        (step, i) => html`<li class=${step === current ? 'is-current' : i < host.stepIndex ? 'is-done' : ''} aria-current=${step === current ? 'step' : nothing}>
          <span class="stepper__num">${i + 1}</span><span class="stepper__name">${host.stepName(step)}</span>
        </li>`,
      )}
    </ol>
  </nav>`;
}

/** "Back" of the phone steps (none on the first step). */
export function renderBack(host: CheckoutHost): TemplateResult | typeof nothing {
  return host.stepIndex > 0
    ? html`<button type="button" class="button button--secondary" part="back-button" @click=${() => host.back()}>${host.t('checkout.back')}</button>`
    : nothing;
}

function renderStepNav(host: CheckoutHost, steps: Step[]): TemplateResult {
  return html`<div class="step-nav">
    ${renderBack(host)}
    ${host.stepIndex < steps.length - 1
      ? html`<button type="button" class="button" part="next-button" @click=${() => host.next()}>${host.t('checkout.next')}</button>`
      : nothing}
  </div>`;
}

function renderMiniTotal(host: CheckoutHost): TemplateResult {
  const total = parseMoney(host.summary?.gross_revenue);
  return html`<p class="mini-total" part="totals">
    <span>${host.t('checkout.total')}</span> <strong>${total === null ? '—' : host.money(total)}</strong>
  </p>`;
}
