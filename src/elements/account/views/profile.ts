import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { updateProfile } from '../../../api/account.js';
import type { CustomerProfile, CustomerProfileUpdateRequest } from '../../../api/types.js';
import { renderField } from '../../../ui/form-field.js';
import { PendingController } from '../../../ui/pending.js';
import { renderError } from '../../../ui/status-message.js';
import type { AccountHost, AccountView } from '../view-host.js';
import { fieldErrorsOf, isHttpStatus, renderFailure, page, renderHeading, renderSkeleton, text } from './shared.js';
import './profile.strings.js';

/** Fields the profile form edits; the update body is closed and the email is read-only (CONTRACT §10). */
const EDITABLE = ['name', 'phone', 'date_of_birth', 'sex', 'is_unsubscribe'] as const;

interface Draft {
  name: string;
  phone: string;
  date_of_birth: string;
  sex: string;
  /** The checkbox asks the positive question; the API field is its opposite. */
  receivesNews: boolean;
}

/** Values of `sex` the form offers; another value already stored is kept as an extra choice. */
const SEX_VALUES = ['male', 'female'];

function draftOf(customer: CustomerProfile | undefined): Draft {
  return {
    name: text(customer?.name) ?? '',
    phone: text(customer?.phone) ?? '',
    date_of_birth: /^\d{4}-\d{2}-\d{2}/.test(String(customer?.date_of_birth ?? '')) ? String(customer?.date_of_birth).slice(0, 10) : '',
    sex: text(customer?.sex) ?? '',
    receivesNews: customer?.is_unsubscribe !== true,
  };
}

class ProfileView implements AccountView {
  private editing = false;
  private draft: Draft = draftOf(undefined);
  private fieldErrors: Record<string, string> = {};
  private formError = '';
  private notice = '';
  private readonly pending: PendingController;

  constructor(private readonly host: AccountHost) {
    this.pending = new PendingController(host);
  }

  status(): 'loading' | 'empty' | 'error' | null {
    const state = this.host.account.profileStatus;
    return state === 'loading' || state === 'idle' ? 'loading' : state === 'error' ? 'error' : null;
  }

  enter(): void {
    this.editing = false;
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
      ${this.editing ? this.renderForm(profile.customer) : this.renderDetails(profile.customer)}`);
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
        <dd>${sex ? this.sexLabel(sex) : notSet}</dd>
        <dt>${host.t('account.profile.newsletterLabel')}</dt>
        <dd>
          ${customer?.is_unsubscribe ? host.t('account.profile.newsletterOff') : host.t('account.profile.newsletterOn')}
        </dd>
      </dl>
      <div class="actions">
        <button type="button" class="button" part="button" @click=${this.startEditing}>${host.t('account.profile.edit')}</button>
      </div>`;
  }

  private sexLabel(value: string): string {
    return SEX_VALUES.includes(value) ? this.host.t(`account.profile.sex.${value}`) : value;
  }

  private renderForm(customer: CustomerProfile | undefined): TemplateResult {
    const { host, draft } = this;
    const sexChoices = draft.sex && !SEX_VALUES.includes(draft.sex) ? [...SEX_VALUES, draft.sex] : SEX_VALUES;
    const dobError = this.fieldErrors['date_of_birth'];
    const sexError = this.fieldErrors['sex'];
    return html`<form class="form" part="form" novalidate @submit=${this.onSubmit}>
      ${renderField({
        id: 'profile-name',
        label: host.t('account.profile.name'),
        name: 'name',
        value: draft.name,
        autocomplete: 'name',
        required: true,
        error: this.fieldErrors['name'],
        onInput: (value) => (draft.name = value),
      })}
      <div class="field" part="field">
        <label class="field__label" part="label" for="profile-email">${host.t('account.profile.email')}</label>
        <input
          id="profile-email"
          class="field__control"
          part="input"
          type="email"
          name="email"
          readonly
          aria-describedby="profile-email-hint"
          .value=${text(customer?.email) ?? ''}
        />
        <p class="field__hint" id="profile-email-hint">${host.t('account.profile.emailReadOnly')}</p>
      </div>
      ${renderField({
        id: 'profile-phone',
        label: host.t('account.profile.phone'),
        name: 'phone',
        type: 'tel',
        inputmode: 'tel',
        autocomplete: 'tel',
        value: draft.phone,
        error: this.fieldErrors['phone'],
        onInput: (value) => (draft.phone = value),
      })}
      <div class="field" part="field">
        <label class="field__label" part="label" for="profile-dob">${host.t('account.profile.dateOfBirth')}</label>
        <input
          id="profile-dob"
          class="field__control"
          part="input"
          type="date"
          name="date_of_birth"
          autocomplete="bday"
          .value=${live(draft.date_of_birth)}
          aria-invalid=${dobError ? 'true' : 'false'}
          aria-describedby=${dobError ? 'profile-dob-error' : nothing}
          @input=${(event: Event) => (draft.date_of_birth = (event.target as HTMLInputElement).value)}
        />
        ${dobError ? html`<p class="field__error" part="field-error" id="profile-dob-error">${dobError}</p>` : nothing}
      </div>
      <div class="field" part="field">
        <label class="field__label" part="label" for="profile-sex">${host.t('account.profile.sex')}</label>
        <select
          id="profile-sex"
          class="field__control"
          part="input"
          name="sex"
          aria-invalid=${sexError ? 'true' : 'false'}
          aria-describedby=${sexError ? 'profile-sex-error' : nothing}
          @change=${(event: Event) => (draft.sex = (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!draft.sex}>${host.t('account.profile.sexUnset')}</option>
          ${sexChoices.map(
            (value) => html`<option value=${value} ?selected=${draft.sex === value}>${this.sexLabel(value)}</option>`,
          )}
        </select>
        ${sexError ? html`<p class="field__error" part="field-error" id="profile-sex-error">${sexError}</p>` : nothing}
      </div>
      <label class="check">
        <input
          type="checkbox"
          name="is_unsubscribe"
          .checked=${live(draft.receivesNews)}
          @change=${(event: Event) => (draft.receivesNews = (event.target as HTMLInputElement).checked)}
        />
        ${host.t('account.profile.newsletter')}
      </label>
      ${renderError({ message: this.formError })}
      <div class="actions">
        <button type="submit" class="button" part="button" ?disabled=${this.pending.busy}>
          ${this.pending.visible ? host.t('account.profile.saving') : host.t('account.profile.save')}
        </button>
        <button type="button" class="button button--secondary" part="button-secondary" @click=${this.stopEditing}>
          ${host.t('common.cancel')}
        </button>
      </div>
    </form>`;
  }

  private readonly startEditing = () => {
    this.draft = draftOf(this.host.account.profile?.customer);
    this.fieldErrors = {};
    this.formError = '';
    this.notice = '';
    this.editing = true;
    this.host.requestUpdate();
    this.host.focus('#profile-name');
  };

  private readonly stopEditing = () => {
    this.editing = false;
    this.host.requestUpdate();
  };

  /** Only what changed is sent: fields the customer never touched are not rewritten (or blanked). */
  private changes(): CustomerProfileUpdateRequest {
    const before = draftOf(this.host.account.profile?.customer);
    const after = this.draft;
    const update: CustomerProfileUpdateRequest = {};
    if (after.name.trim() !== before.name) update.name = after.name.trim();
    if (after.phone.trim() !== before.phone) update.phone = after.phone.trim();
    if (after.date_of_birth !== before.date_of_birth && after.date_of_birth) update.date_of_birth = after.date_of_birth;
    if (after.sex !== before.sex && after.sex) update.sex = after.sex;
    if (after.receivesNews !== before.receivesNews) update.is_unsubscribe = !after.receivesNews;
    return update;
  }

  private readonly onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { host } = this;
    this.fieldErrors = {};
    this.formError = '';
    if (!this.draft.name.trim()) {
      this.fieldErrors = { name: host.t('account.profile.nameRequired') };
      host.requestUpdate();
      return;
    }
    const update = this.changes();
    if (!Object.keys(update).length) {
      this.editing = false;
      this.notice = host.t('account.profile.noChanges');
      host.requestUpdate();
      return;
    }
    await this.pending.run(async () => {
      try {
        const profile = await updateProfile(host.storefront.http, update);
        if (profile && typeof profile === 'object' && profile.customer) host.account.setProfile(profile);
        else void host.account.loadProfile(true);
        this.editing = false;
        this.notice = host.t('account.profile.saved');
        host.announce(this.notice);
      } catch (error) {
        const fields = isHttpStatus(error, 400, 422) ? fieldErrorsOf(error, EDITABLE) : {};
        const shown = ['name', 'phone', 'date_of_birth', 'sex'].some((name) => fields[name]);
        if (shown) {
          this.fieldErrors = fields;
          host.focus('[aria-invalid="true"]');
        } else {
          this.formError = fields['is_unsubscribe'] ?? (host.describeError(error) || host.t('error.generic'));
        }
        host.reportError(error, 'account.profile.save');
      }
    });
    host.requestUpdate();
  };
}

export function createView(host: AccountHost): AccountView {
  return new ProfileView(host);
}
