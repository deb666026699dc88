import { html, nothing, type TemplateResult } from 'lit';
import { PendingController } from '../../ui/pending.js';
import { renderError } from '../../ui/status-message.js';
import type { CustomerAccountState } from './customer-state.js';
import { focusFirstInvalid, focusStep, formValues, isHttp, renderInput } from './fields.js';
import type { RecoveryHost } from './recovery.js';
import './otp.strings.js';

/** What the code step needs from `<scalev-login>` beyond what recovery needs. */
export interface OtpHost extends RecoveryHost {
  readonly account: CustomerAccountState | undefined;
}

/** `123 456`, `123-456` and a pasted line break all become `123456`. */
export function normalizeCode(value: string): string {
  return value.replace(/[\s\-–—.]/g, '');
}

/**
 * The one-time-code step of a sign-in (`POST /public/auth/otp/verify`). "Send a new code" signs in
 * again with the same email and password, which is what sends a code; the password is kept in
 * memory for that only, and forgotten when the step closes. Loaded while the sign-in request runs,
 * so stores without codes never pay for it.
 */
export class OtpStep {
  private error = '';
  private formError = '';
  private notice = '';
  private readonly pending: PendingController;

  constructor(
    private readonly host: OtpHost,
    readonly email: string,
    private password: string,
    private readonly back: (email: string, formError?: string) => void,
  ) {
    this.pending = new PendingController(host);
  }

  get busy(): boolean {
    return this.pending.busy;
  }

  get failed(): boolean {
    return Boolean(this.formError);
  }

  /** Forgets the password (signed in, or the step was left). */
  close(): void {
    this.password = '';
  }

  render(): TemplateResult {
    const t = (key: string, params?: Record<string, unknown>) => this.host.t(key, params);
    return html`<form part="form" class="form" novalidate @submit=${this.onVerify}>
      <h2 part="heading" class="heading">${t('login.otpTitle')}</h2>
      <p class="intro">${t('login.otpIntro', { email: this.email })}</p>
      ${this.notice ? html`<p part="notice" class="notice" role="status">${this.notice}</p>` : nothing}
      ${renderInput({
        name: 'otp',
        label: t('login.otpLabel'),
        type: 'text',
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
        hint: t('login.otpHint'),
        error: this.error,
        code: true,
        onInput: this.onInput,
        onPaste: this.onPaste,
      })}
      ${renderError({ message: this.formError })}
      <button part="button" class="button" type="submit" ?disabled=${this.pending.busy}>
        ${this.pending.visible ? t('login.submitting') : t('login.otpSubmit')}
      </button>
      <div class="row">
        <button part="link-button" class="link" type="button" ?disabled=${this.pending.busy} @click=${this.onResend}>
          ${t('login.otpResend')}
        </button>
        <button part="link-button" class="link" type="button" @click=${this.leave}>${t('login.otpBack')}</button>
      </div>
    </form>`;
  }

  private reset(): void {
    this.error = '';
    this.formError = '';
    this.notice = '';
    this.host.requestUpdate();
  }

  private readonly leave = () => {
    this.close();
    this.back(this.email);
  };

  private readonly onVerify = async (event: SubmitEvent) => {
    const { host } = this;
    const code = normalizeCode(formValues(event)['otp'] ?? '');
    this.reset();
    if (!code) {
      this.error = host.t('login.otpEmpty');
      return focusFirstInvalid(host.renderRoot, host.updateComplete);
    }
    const storefront = host.storefront;
    if (!storefront) return;
    await this.pending.run(async () => {
      try {
        host.account?.expectLogin(this.email);
        await storefront.customer.verifyOtp(this.email, code);
        this.close();
      } catch (error) {
        if (isHttp(error, 400, 401, 403, 404, 422)) {
          this.error = host.t('login.otpWrong');
          void focusFirstInvalid(host.renderRoot, host.updateComplete);
        } else {
          this.formError = host.fail(error, 'login.verify-otp');
        }
      }
    });
    if (this.password) void focusStep(host.renderRoot, host.updateComplete, '#field-otp', event.submitter);
  };

  private readonly onResend = async (event: Event) => {
    const { host } = this;
    const pressed = event.currentTarget as Element | null;
    const storefront = host.storefront;
    if (!storefront || !this.password) return this.leave();
    this.reset();
    await this.pending.run(async () => {
      try {
        host.account?.expectLogin(this.email);
        const result = await storefront.customer.login(this.email, this.password);
        if (result.kind === 'otp') this.notice = host.t('login.otpResent', { email: this.email });
      } catch (error) {
        if (isHttp(error, 400, 401, 403)) {
          // The password changed meanwhile: start over.
          this.close();
          this.back(this.email, host.t('login.wrongCredentials'));
        } else {
          this.formError = host.fail(error, 'login.resend-otp');
        }
      }
    });
    // The resend button was disabled meanwhile and dropped focus: the new code goes in the code field.
    if (this.password) void focusStep(host.renderRoot, host.updateComplete, '#field-otp', pressed);
  };

  private readonly onInput = (event: InputEvent) => {
    const input = event.target as HTMLInputElement;
    const normalized = normalizeCode(input.value);
    if (normalized !== input.value) input.value = normalized;
    if (this.error) this.reset();
  };

  private readonly onPaste = (event: ClipboardEvent) => {
    const text = event.clipboardData?.getData('text') ?? '';
    if (!text) return;
    event.preventDefault();
    (event.target as HTMLInputElement).value = normalizeCode(text);
    if (this.error) this.reset();
  };
}
