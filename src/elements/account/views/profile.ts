import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerProfile } from '../../../api/types.js';
import { renderError } from '../../../ui/status-message.js';
import type { AccountHost, AccountView } from '../view-host.js';
import type { ProfileForm } from './profile-form.js';
import { focusLost } from './remote.js';
import { renderFailure, page, renderHeading, renderSkeleton, text } from './shared.js';
import './profile.strings.js';
import { loadOnce } from '../../../ui/load-once.js';

/** Values of `sex` the form offers; another value already stored is kept as an extra choice. */
export const SEX_VALUES = ['male', 'female'];

export function sexLabel(host: AccountHost, value: string): string {
  return SEX_VALUES.includes(value) ? host.t(`account.profile.sex.${value}`) : value;
}

/** The edit form's code, fetched when the customer chooses to edit (or points at the button). */
const loadForm = loadOnce(() => import('./profile-form.js'));

class ProfileView implements AccountView {
  private editing = false;
  private form: ProfileForm | null = null;
  private formLoadFailed = false;
  private notice = '';
  /** Counts visits, so an edit form that arrives after the customer moved on is not opened. */
  private visit = 0;

  constructor(private readonly host: AccountHost) {}

  status(): 'loading' | 'empty' | 'error' | null {
    const state = this.host.account.profileStatus;
    return state === 'loading' || state === 'idle' ? 'loading' : state === 'error' ? 'error' : null;
  }

  enter(): void {
    this.visit++;
    this.editing = false;
    this.formLoadFailed = false;
    this.notice = '';
    void this.host.account.loadProfile();
  }

  render(): TemplateResult {
    const { host } = this;
    const account = host.account;
    const heading = renderHeading(host.t('account.profile.title'));
    if (account.profileStatus === 'error') {
      return page(heading, html`${renderFailure(host, account.profileError, () => void account.loadProfile(true))}`);
    }
    const profile = account.profile;
    if (!profile) return page(heading, html`${renderSkeleton(host, 4)}`);
    return page(heading, html`
      ${this.notice ? html`<p class="notice" part="notice" role="status">${this.notice}</p>` : nothing}
      ${profile.is_generated_password_reset
        ? html`<p class="notice" part="notice">
            ${host.t('account.profile.generatedPassword')}
            <a href=${host.href('password')} data-route>${host.t('account.profile.setPassword')}</a>
          </p>`
        : nothing}
      ${this.editing && this.form ? this.form.render(profile.customer) : this.renderDetails(profile.customer)}`);
  }

  private renderDetails(customer: CustomerProfile | undefined): TemplateResult {
    const { host } = this;
    const notSet = host.t('account.profile.notSet');
    const sex = text(customer?.sex);
    return html`<dl class="details">
        <dt>${host.t('account.profile.name')}</dt>
        <dd>${text(customer?.name) ?? notSet}</dd>
        <dt>${host.t('account.profile.email')}</dt>
        <dd>${text(customer?.email) ?? notSet}</dd>
        <dt>${host.t('account.profile.phone')}</dt>
        <dd>${text(customer?.phone) ?? notSet}</dd>
        <dt>${host.t('account.profile.dateOfBirth')}</dt>
        <dd>${host.date(customer?.date_of_birth ?? null) || notSet}</dd>
        <dt>${host.t('account.profile.sex')}</dt>
        <dd>${sex ? sexLabel(host, sex) : notSet}</dd>
        <dt>${host.t('account.profile.newsletterLabel')}</dt>
        <dd>
          ${customer?.is_unsubscribe ? host.t('account.profile.newsletterOff') : host.t('account.profile.newsletterOn')}
        </dd>
      </dl>
      ${this.formLoadFailed ? renderError({ message: host.t('account.viewLoadFailed') }) : nothing}
      <div class="actions">
        <button type="button" class="button" part="button" data-edit-profile @click=${this.startEditing} @pointerenter=${this.prefetchForm} @focus=${this.prefetchForm}>
          ${host.t('account.profile.edit')}
        </button>
      </div>`;
  }

  private readonly prefetchForm = () => {
    loadForm().catch(() => undefined);
  };

  private readonly startEditing = async () => {
    const { host } = this;
    const visit = this.visit;
    this.notice = '';
    this.formLoadFailed = false;
    try {
      const { ProfileForm } = await loadForm();
      this.form ??= new ProfileForm(host, (notice) => {
        const form = host.find('form');
        const root = form?.getRootNode();
        const inForm = root instanceof ShadowRoot && Boolean(root.activeElement && form?.contains(root.activeElement));
        this.editing = false;
        this.notice = notice;
        host.requestUpdate();
        // Save and Cancel left with the form: focus returns to "Edit profile", under the notice.
        if (inForm || focusLost(host)) host.focus('[data-edit-profile]');
      });
    } catch (error) {
      this.formLoadFailed = true;
      host.reportError(error, 'account.load-profile-form');
      host.requestUpdate();
      return;
    }
    if (visit !== this.visit) return;
    this.form.open();
    this.editing = true;
    host.requestUpdate();
    host.focus('#profile-name');
  };
}

export function createView(host: AccountHost): AccountView {
  return new ProfileView(host);
}
