/**
 * Pieces every per-method payment instruction uses: the amount to pay and other numbers with copy
 * buttons, the deadline with its countdown, the "check status" button, their words and styles.
 * Loaded with the first instructions a page shows; what only gateway methods need is in
 * `gateway-kit.ts`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { parseMoney } from '../../api/money.js';
import { renderError } from '../../ui/status-message.js';
import { expiresAt, pollingRules, type AnyOrder, type PaymentInstructionsContext } from './order-facts.js';
import './instructions-strings.js';

function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${h > 0 ? `${pad(h)}:` : ''}${pad(m)}:${pad(s)}`;
}

/** How long a copy button reads "Copied" after a copy (tests may shorten it). */
export const copyTiming = { doneMs: 2_000 };

const doneTimers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Shows the outcome on the pressed button itself: "Copied" for a moment, or, when the clipboard
 * was refused, the row's hint to copy the number by hand (until the next press). Set on the
 * rendered nodes (attributes no template binds), so every host gets it without state of its own.
 */
function showCopied(button: HTMLElement, ok: boolean): void {
  const hint = button.closest('.pay-row')?.querySelector<HTMLElement>('.copy-hint');
  if (hint) hint.hidden = ok;
  clearTimeout(doneTimers.get(button));
  if (!ok) {
    button.removeAttribute('data-copied');
    return;
  }
  button.setAttribute('data-copied', '');
  doneTimers.set(
    button,
    setTimeout(() => button.removeAttribute('data-copied'), copyTiming.doneMs),
  );
}

/**
 * The clipboard API, or a selected hidden text field where it is missing or refused; the outcome is
 * shown on the button and announced.
 */
function copyValue(ctx: PaymentInstructionsContext, value: string, label: string, button: HTMLElement): void {
  const done = () => {
    showCopied(button, true);
    ctx.announce?.(ctx.t('order-status.copied', { label }));
  };
  const failed = () => {
    showCopied(button, false);
    ctx.announce?.(ctx.t('order-status.copyFailed'));
  };
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = value;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    button.after(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      // Nothing else to try: the hint asks to copy the number by hand.
    }
    area.remove();
    if (ok) done();
    else failed();
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(value).then(done, fallback);
  else fallback();
}

/** Its name is its visible words plus what it copies ("Salin Nomor rekening", then "Tersalin Nomor rekening"). */
function copyButton(ctx: PaymentInstructionsContext, label: string, value: string): TemplateResult {
  return html`<button
    type="button"
    class="copy"
    part="copy-button"
    @click=${(event: Event) => copyValue(ctx, value, label, event.currentTarget as HTMLElement)}
  >
    <span class="copy__label">${ctx.t('order-status.copy')}<span class="visually-hidden"> ${label}</span></span
    ><span class="copy__done">${ctx.t('order-status.copyDone')}<span class="visually-hidden"> ${label}</span></span>
  </button>`;
}

/** Shown (by `showCopied`) when the clipboard refused the copy. */
function copyHint(ctx: PaymentInstructionsContext): TemplateResult {
  return html`<p class="copy-hint" hidden>${ctx.t('order-status.copyFailed')}</p>`;
}

/**
 * A labelled number (account, VA, payment code) with its copy button; `spoken` names what the
 * button copies when the label alone would repeat (three banks' "Account number").
 */
export function copyRow(ctx: PaymentInstructionsContext, label: string, value: string, extraClass = '', spoken = label): TemplateResult {
  return html`<div class="pay-row ${extraClass}" part="copy-row">
    <span class="pay-row__label">${label}</span>
    <span class="pay-row__value"><strong class="mono" part="copy-value">${value}</strong> ${copyButton(ctx, spoken, value)}</span>
    ${copyHint(ctx)}
  </div>`;
}

/** The amount to pay; its copy button copies plain digits, as a bank app wants them pasted. */
export function amountRow(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const total = parseMoney(order.gross_revenue);
  const label = ctx.t('order-status.amount');
  return html`<div class="pay-row pay-row--amount" part="amount">
    <span class="pay-row__label">${label}</span>
    <span class="pay-row__value"><strong class="amount">${ctx.money(total)}</strong>
      ${total !== null ? copyButton(ctx, label, String(Math.round(total))) : nothing}</span
    >
    ${total !== null ? copyHint(ctx) : nothing}
  </div>`;
}

/** "Pay before …" with the time left, when the order has a deadline. */
export function deadline(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult | typeof nothing {
  const at = expiresAt(order);
  if (at === null) return nothing;
  const now = ctx.now ?? Date.now();
  return html`<p class="deadline" part="deadline">
    ${ctx.t('order-status.deadline', { date: ctx.date(at, 'datetime') })}
    ${at > now ? html` · <span class="countdown" role="timer" aria-live="off">${ctx.t('order-status.remaining', { time: formatRemaining(at - now) })}</span>` : nothing}
  </p>`;
}

/**
 * "Check payment status", for the methods that offer it when the host can re-read the order; under
 * it what the last check found: a failure with a retry, or that the payment has not arrived yet.
 */
export function renderCheckButton(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult | typeof nothing {
  if (!pollingRules(order.payment_method).check || !ctx.onCheckStatus) return nothing;
  // aria-disabled, not disabled, while checking: a disabled button would drop the keyboard user's focus to the page.
  return html`<button
      type="button"
      class="button button--secondary"
      part="check-status"
      aria-disabled=${ctx.checking ? 'true' : 'false'}
      @click=${ctx.checking ? null : ctx.onCheckStatus}
    >
      ${ctx.checking ? ctx.t('order-status.checking') : ctx.t('order-status.checkStatus')}
    </button>
    ${ctx.checkError
      ? renderError({ message: ctx.checkError, retryLabel: ctx.t('common.retry'), onRetry: ctx.onCheckStatus })
      : ctx.checkNote
        ? html`<p class="pay-note check-note" part="check-note">${ctx.checkNote}</p>`
        : nothing}`;
}

export const instructionsKitStyles = css`
  .pay {
    display: grid;
    gap: var(--_scalev-space-s);
  }
  .pay__title {
    margin: var(--_scalev-space-s) 0 0;
    font-size: 1em;
  }
  .pay-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_scalev-space-xs) var(--_scalev-space-m);
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
  }
  .pay-row__label {
    color: var(--_scalev-color-muted);
    font-size: var(--_scalev-font-size-small);
  }
  .pay-row__value {
    display: inline-flex;
    align-items: center;
    gap: var(--_scalev-space-s);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    letter-spacing: 0.04em;
  }
  .amount {
    font-size: var(--_scalev-font-size-large);
  }
  .copy {
    min-height: 2rem;
    padding: 0 var(--_scalev-space-s);
    border: 1px solid var(--_scalev-color-border);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface);
    cursor: pointer;
    font-size: var(--_scalev-font-size-small);
  }
  .copy__done,
  .copy[data-copied] .copy__label {
    display: none;
  }
  .copy[data-copied] .copy__done {
    display: inline;
  }
  .copy[data-copied] {
    border-color: var(--_scalev-color-success);
    color: var(--_scalev-color-success);
  }
  .copy-hint {
    flex-basis: 100%;
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-danger);
  }
  .accounts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_scalev-space-s);
  }
  .account__bank {
    margin: 0 0 var(--_scalev-space-xs);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .account__holder,
  .pay-note,
  .deadline {
    margin: 0;
    font-size: var(--_scalev-font-size-small);
    color: var(--_scalev-color-muted);
  }
  .deadline {
    color: var(--_scalev-color-warning);
  }
`;
