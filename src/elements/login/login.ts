import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Storefront } from '../../context/storefront.js';
import { PendingController } from '../../ui/pending.js';
import { renderError, renderLiveRegion } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { ScalevElement } from '../base/scalev-element.js';
import { customerAccountState, type CustomerAccountState } from './customer-state.js';
import {
  fieldMessage,
  focusFirstInvalid,
  focusStep,
  formValues,
  isHttp,
  looksLikeEmail,
  readResetToken,
  renderInput,
  renderShowPassword,
} from './fields.js';
import { loginStyles } from './login.styles.js';
import type { OtpHost, OtpStep } from './otp.js';
import type { PasswordRecovery, RecoveryEnd, RecoveryStart } from './recovery.js';
import './strings.js';

type Step = 'login' | 'otp' | 'recovery';

type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** The code step, loaded while the sign-in request runs (most stores never ask for a code). */
const loadOtp = () => import('./otp.js');

/**
 * Customer sign-in for the store: email and password, the one-time-code step when the store asks
 * for it, the signed-in state with the customer's name and sign-out, "forgot password", and the
 * new-password form of the emailed reset link (`/reset-password?token=…`, or any page holding this
 * element with a `token` in its URL). The customer never types a token.
 *
 * @summary Sign in, one-time code, sign out, forgot and reset password.
 *
 * @fires scalev-login - On `document`, once per sign-in however many widgets are on the page (also when another tab signed in; `email` is then null).
 * @fires scalev-logout - On `document`, once per sign-out; `reason` is `logout`, `revoked`, `expired` or `other-tab`.
 * @fires scalev-error - A request failed for a reason other than wrong credentials (for logging).
 *
 * @slot heading - Replaces the heading of the sign-in form.
 *
 * @csspart form - Every form of the element.
 * @csspart heading - The heading of each step.
 * @csspart field - A label with its input and messages.
 * @csspart label - A field's label.
 * @csspart input - Every text, email, password and code input.
 * @csspart field-error - A message under an invalid field.
 * @csspart hint - Help text under a field.
 * @csspart button - The main button of each step.
 * @csspart link-button - Secondary actions (forgot password, resend code, back).
 * @csspart notice - An informative message (code sent, reset link sent, password saved).
 * @csspart error - A failure message.
 * @csspart retry-button - The retry button inside an error.
 * @csspart signed-in - The signed-in box.
 * @csspart account-link - The link to the account page, when the store sets `account-url`.
 * @csspart problem - The configuration problem message.
 *
 * @cssprop --scalev-login-max-width - Widest the element grows (default 26rem).
 * @cssprop --scalev-login-gap - Space between fields (default the global medium space).
 *
 * @cssstate signed-in - A customer is signed in.
 * @cssstate otp - The one-time-code step is shown.
 * @cssstate reset - The new-password form of a reset link is shown.
 * @cssstate loading - A request is running.
 * @cssstate error - The last request failed.
 */
export class ScalevLogin extends ScalevElement {
  static override styles = [...ScalevElement.styles, statusMessageStyles, loginStyles];

  /** Query parameter of the reset link that carries the token (the email link uses `token`). */
  @property({ attribute: 'reset-param' }) resetParam = 'token';

  @state() private step: Step = 'login';
  @state() private fieldErrors: FieldErrors = {};
  @state() private formError = '';
  @state() private notice = '';
  @state() private showPassword = false;
  /** The email the current step is about (OTP sent to); kept when going back to the form. */
  @state() private email = '';
  @state() private recovery: PasswordRecovery | null = null;
  @state() private otp: OtpStep | null = null;
  /** A step's code could not be loaded (offline): say so, with a retry. */
  @state() private stepLoadError: (() => void) | null = null;

  private account?: CustomerAccountState;
  private resetToken: string | null = null;
  private recoveryStart: RecoveryStart | null = null;
  private wasSignedIn = false;
  private readonly pending = new PendingController(this);
  private readonly onAccountChange = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.account?.addEventListener('change', this.onAccountChange);
    const token = readResetToken(this.resetParam || 'token');
    if (token && token !== this.resetToken) {
      this.resetToken = token;
      this.openRecovery({ kind: 'reset', token, param: this.resetParam || 'token' }, false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.account?.removeEventListener('change', this.onAccountChange);
    this.closeOtp();
  }

  protected override storefrontChanged(storefront: Storefront): void {
    if (storefront.problem) return;
    this.account?.removeEventListener('change', this.onAccountChange);
    this.account = customerAccountState(storefront);
    if (this.isConnected) this.account.addEventListener('change', this.onAccountChange);
    this.wasSignedIn = this.account.signedIn;
    if (this.wasSignedIn) void this.account.loadProfile();
    // Shown in place of a sign-out button elsewhere (the account's header): confirm it here.
    else if (this.account.signedOutHere && !this.notice) this.notice = this.t('login.signedOut');
  }

  private get resetting(): boolean {
    return this.step === 'recovery' && this.recoveryStart?.kind === 'reset' && (this.recovery?.resetting ?? true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const signedIn = this.account?.signedIn ?? false;
    if (signedIn !== this.wasSignedIn) {
      this.wasSignedIn = signedIn;
      // Signed in or out here or in another tab: whatever step was open no longer applies.
      this.closeOtp();
      this.fieldErrors = {};
      this.formError = '';
      if (!this.resetting) this.closeRecovery();
      this.notice = signedIn || this.account?.endedReason ? '' : this.account?.signedOutHere ? this.t('login.signedOut') : this.notice;
      if (signedIn) void this.account?.loadProfile();
    }
    this.setCustomState('signed-in', signedIn);
    this.setCustomState('otp', this.step === 'otp' && !signedIn);
    this.setCustomState('reset', this.resetting);
    this.setCustomState('loading', this.pending.busy || Boolean(this.recovery?.busy || this.otp?.busy));
    this.setCustomState('error', Boolean(this.formError || this.recovery?.failed || this.otp?.failed || this.stepLoadError));
  }

  override render(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    if (!this.account) return html`<div class="skeleton" aria-busy="true">${this.t('common.loading')}</div>`;
    let body: TemplateResult;
    if (this.step === 'recovery' && (this.resetting || !this.account.signedIn)) body = this.renderStep(this.recovery);
    else if (this.account.signedIn) body = this.renderSignedIn(this.account);
    else if (this.step === 'otp') body = this.renderStep(this.otp);
    else body = this.renderLogin(this.account);
    return html`<div class="login" aria-busy=${this.pending.busy ? 'true' : 'false'}>
      ${body} ${renderLiveRegion(this.notice && !this.formError ? this.notice : '')}
    </div>`;
  }

  // ---- steps ----

  private renderLogin(account: CustomerAccountState): TemplateResult {
    const ended = account.endedReason;
    return html`<form part="form" class="form" novalidate @submit=${this.onLogin}>
      <h2 part="heading" class="heading"><slot name="heading">${this.t('login.title')}</slot></h2>
      ${ended
        ? html`<p part="notice" class="notice" role="status">
            ${this.t(ended === 'expired' ? 'login.sessionExpired' : 'login.sessionRevoked')}
          </p>`
        : nothing}
      ${this.notice ? html`<p part="notice" class="notice">${this.notice}</p>` : nothing}
      ${renderInput({
        name: 'email',
        label: this.t('login.email'),
        type: 'email',
        autocomplete: 'username',
        inputmode: 'email',
        value: this.email,
        error: this.fieldErrors.email,
      })}
      ${renderInput({
        name: 'password',
        label: this.t('login.password'),
        type: this.showPassword ? 'text' : 'password',
        autocomplete: 'current-password',
        error: this.fieldErrors.password,
      })}
      ${renderShowPassword(this.t('login.showPassword'), this.showPassword, (on) => (this.showPassword = on))}
      ${renderError({ message: this.formError })}
      <button part="button" class="button" type="submit" ?disabled=${this.pending.busy}>
        ${this.pending.visible ? this.t('login.submitting') : this.t('login.submit')}
      </button>
      <button part="link-button" class="link" type="button" @click=${this.openForgot}>${this.t('login.forgot')}</button>
    </form>`;
  }

  /** A step loaded on demand: itself, its loading failure with a retry, or a placeholder meanwhile. */
  private renderStep(step: { render(): TemplateResult } | null): TemplateResult {
    if (step) return step.render();
    if (this.stepLoadError) {
      return html`${renderError({ message: this.t('error.network'), retryLabel: this.t('common.retry'), onRetry: this.stepLoadError })}`;
    }
    return html`<div class="skeleton" aria-busy="true">${this.t('common.loading')}</div>`;
  }

  private renderSignedIn(account: CustomerAccountState): TemplateResult {
    const name = account.displayName;
    const accountUrl = this.storefront?.url('account') ?? null;
    return html`<div part="signed-in" class="signed-in">
      <p class="who">${name ? this.t('login.signedInAs', { name }) : this.t('login.signedIn')}</p>
      <div class="row">
        ${accountUrl ? html`<a part="account-link" class="link" href=${accountUrl}>${this.t('login.account')}</a>` : nothing}
        <button part="button" class="button button--quiet" type="button" ?disabled=${this.pending.busy} @click=${this.onSignOut}>
          ${this.pending.visible ? this.t('login.signingOut') : this.t('login.signOut')}
        </button>
      </div>
    </div>`;
  }

  // ---- password recovery (loaded on demand) ----

  /** `focus`: the customer asked for it (not a reset link opening the page), so focus follows. */
  private openRecovery(start: RecoveryStart, focus = true): void {
    this.startAttempt();
    this.step = 'recovery';
    this.recoveryStart = start;
    this.recovery = null;
    this.stepLoadError = null;
    import('./recovery.js').then(
      ({ PasswordRecovery }) => {
        if (this.recoveryStart !== start) return;
        this.recovery = new PasswordRecovery(this.stepHost(), start, this.onRecoveryEnd);
        if (focus) this.focusStep();
      },
      (error: unknown) => {
        this.stepLoadError = () => this.openRecovery(start, focus);
        this.reportError(error, 'login.load-recovery');
      },
    );
  }

  private openOtp(email: string, password: string): void {
    this.step = 'otp';
    this.otp = null;
    this.stepLoadError = null;
    loadOtp().then(
      async ({ OtpStep }) => {
        if (this.step !== 'otp') return;
        this.otp = new OtpStep(this.stepHost(), email, password, this.onOtpBack);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>('#field-otp')?.focus();
      },
      (error: unknown) => {
        this.stepLoadError = () => this.openOtp(email, password);
        this.reportError(error, 'login.load-otp');
      },
    );
  }

  private closeOtp(): void {
    this.otp?.close();
    this.otp = null;
    if (this.step === 'otp') this.step = 'login';
  }

  private readonly onOtpBack = (email: string, formError = '') => {
    this.closeOtp();
    this.startAttempt();
    this.email = email;
    this.formError = formError;
    this.focusStep();
  };

  private closeRecovery(): void {
    if (this.step === 'recovery') this.step = 'login';
    this.recovery = null;
    this.recoveryStart = null;
  }

  private readonly onRecoveryEnd = (result: RecoveryEnd) => {
    this.resetToken = null;
    this.closeRecovery();
    this.email = result.email;
    this.notice = result.notice;
    this.focusStep();
  };

  /** The step changed under the customer's focus (the pressed control is gone): move it into the new one. */
  private focusStep(): void {
    void focusStep(this.renderRoot, this.updateComplete);
  }

  private stepHost(): OtpHost {
    const element = this;
    return {
      addController: (controller) => this.addController(controller),
      removeController: (controller) => this.removeController(controller),
      requestUpdate: () => this.requestUpdate(),
      get updateComplete() {
        return element.updateComplete;
      },
      get renderRoot() {
        return element.renderRoot;
      },
      get storefront() {
        return element.storefront;
      },
      get account() {
        return element.account;
      },
      t: (key, params) => this.t(key, params),
      fail: (error, operation) => this.fail(error, operation),
    };
  }

  // ---- actions ----

  private startAttempt(): void {
    this.formError = '';
    this.notice = '';
    this.fieldErrors = {};
  }

  private invalid(errors: FieldErrors): void {
    this.fieldErrors = errors;
    void focusFirstInvalid(this.renderRoot, this.updateComplete);
  }

  /** Reports the failure (`scalev-error`) and returns its words. */
  private fail(error: unknown, operation: string): string {
    this.reportError(error, operation);
    return this.describeError(error) || this.t('error.generic');
  }

  private readonly onLogin = async (event: SubmitEvent) => {
    const { email = '', password = '' } = formValues(event);
    const trimmed = email.trim();
    this.email = trimmed;
    this.startAttempt();
    if (!looksLikeEmail(trimmed) || !password) {
      return this.invalid({
        email: looksLikeEmail(trimmed) ? undefined : this.t('login.invalidEmail'),
        password: password ? undefined : this.t('common.required'),
      });
    }
    const storefront = this.storefront;
    const account = this.account;
    if (!storefront || !account) return;
    // Fetched alongside the sign-in, so a store that asks for a code shows its step at once.
    void loadOtp().catch(() => undefined);
    await this.pending.run(async () => {
      try {
        account.expectLogin(trimmed);
        const result = await storefront.customer.login(trimmed, password);
        if (result.kind === 'otp') this.openOtp(trimmed, password);
      } catch (error) {
        if (isHttp(error, 400, 401, 403)) {
          const emailError = fieldMessage(error, 'email');
          const passwordError = fieldMessage(error, 'password');
          if (emailError || passwordError) this.invalid({ email: emailError, password: passwordError });
          else this.formError = this.t('login.wrongCredentials');
        } else {
          this.formError = this.fail(error, 'login.submit');
        }
      }
    });
    // A refused sign-in stays on this form; the Sign in button was disabled meanwhile and dropped focus.
    if (this.step === 'login' && !account.signedIn) {
      void focusStep(this.renderRoot, this.updateComplete, 'input[name="password"]', event.submitter);
    }
  };

  private readonly onSignOut = async () => {
    const storefront = this.storefront;
    if (!storefront) return;
    await this.pending.run(() => storefront.customer.signOut());
    this.focusStep();
  };

  private readonly openForgot = () => {
    const typed = this.renderRoot.querySelector<HTMLInputElement>('input[name="email"]')?.value.trim();
    this.openRecovery({ kind: 'forgot', email: typed || this.email });
  };
}
