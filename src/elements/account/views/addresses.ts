import { html, nothing, type TemplateResult } from 'lit';
import { createAddress, deleteAddress, getAddress, listAddresses, updateAddress } from '../../../api/account.js';
import type { CustomerAddress, CustomerAddressRequest, StorefrontLocation } from '../../../api/types.js';
import { renderField } from '../../../ui/form-field.js';
import { PendingController } from '../../../ui/pending.js';
import { renderError } from '../../../ui/status-message.js';
import { adoptListStyles } from './list.styles.js';
import { adoptFormStyles } from './form.styles.js';
// The confirmation dialog this view asks through the host comes with it, styles included.
import { DIALOG_STYLES_KEY, dialogStyles } from '../confirm-dialog.js';
import type { AccountHost, AccountView, RouteParams } from '../view-host.js';
import { Remote, fieldErrorsOf, focusLost, isHttpStatus } from './remote.js';
import { page, renderEmpty, renderFailure, renderHeading, renderSkeleton, text } from './shared.js';
import './addresses.strings.js';

const FIELDS = ['name', 'phone', 'email', 'location_id', 'address', 'postal_code', 'notes'] as const;

interface AddressList {
  items: CustomerAddress[];
  nextCursor: string | null;
}

interface Draft {
  name: string;
  phone: string;
  email: string;
  address: string;
  notes: string;
  location: StorefrontLocation | null;
  postalCode: string;
}

interface PickerElement extends HTMLElement {
  validate(): boolean;
}

/** The picker's value from a saved address (`location` nests the names the picker shows). */
function locationOf(address: CustomerAddress | null | undefined): StorefrontLocation | null {
  const location = address?.location;
  const id = typeof location?.id === 'number' ? location.id : Number(location?.id);
  if (!location || !Number.isInteger(id) || id <= 0) return null;
  const subdistrict = text(location.subdistrict_name) ?? '';
  const city = text(location.city_name) ?? '';
  const province = text(location.province_name) ?? '';
  return {
    id,
    subdistrict_name: subdistrict,
    city_name: city,
    province_name: province,
    display: [subdistrict, city, province].filter(Boolean).join(', '),
  };
}

function draftOf(address: CustomerAddress | null): Draft {
  return {
    name: text(address?.name) ?? '',
    phone: text(address?.phone) ?? '',
    email: text(address?.email) ?? '',
    address: text(address?.address) ?? '',
    notes: text(address?.notes) ?? '',
    location: locationOf(address),
    postalCode: text(address?.postal_code) ?? '',
  };
}

/** Saved addresses: list with "load more", add, edit, delete (confirmed), with the shared location picker. */
class AddressesView implements AccountView {
  private readonly list: Remote<AddressList>;
  private readonly editTarget: Remote<CustomerAddress>;
  private page = 'addresses';
  private editId: string | null = null;
  private draft: Draft = draftOf(null);
  private fieldErrors: Record<string, string> = {};
  private formError = '';
  private notice = '';
  /** Shown once by the list after a save navigated back to it. */
  private flashNotice = '';
  private actionError = '';
  private loadingMore = false;
  private moreError: unknown = null;
  private pickerStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private readonly deleting = new Set<string>();
  private readonly pending: PendingController;

  constructor(private readonly host: AccountHost) {
    adoptListStyles(host);
    host.adoptStyles(DIALOG_STYLES_KEY, dialogStyles.cssText);
    adoptFormStyles(host);
    this.list = new Remote(host);
    this.editTarget = new Remote(host);
    this.pending = new PendingController(host);
  }

  status(): 'loading' | 'empty' | 'error' | null {
    if (this.page === 'addresses') {
      if (this.list.status === 'loading' || this.list.status === 'idle') return 'loading';
      if (this.list.status === 'error') return 'error';
      return this.list.value?.items.length ? null : 'empty';
    }
    if (this.page === 'address-edit' && this.editTarget.status === 'error') return 'error';
    return this.page === 'address-edit' && this.editTarget.status === 'loading' ? 'loading' : null;
  }

  dispose(): void {
    this.list.abort();
    this.editTarget.abort();
  }

  enter(params: RouteParams): void {
    this.page = params['page'] ?? 'addresses';
    this.fieldErrors = {};
    this.formError = '';
    this.actionError = '';
    if (this.page === 'addresses') {
      this.notice = this.flashNotice;
      this.flashNotice = '';
      if (this.list.status === 'idle') void this.loadList();
      return;
    }
    this.notice = '';
    this.loadPicker();
    if (this.page === 'address-new') {
      this.editId = null;
      this.draft = draftOf(null);
      return;
    }
    const id = params['id'] ?? '';
    if (this.editId === id && this.editTarget.status === 'ready') return;
    this.editId = id;
    const known = this.list.value?.items.find((item) => String(item.id) === id);
    if (known) {
      this.editTarget.set(known);
      this.draft = draftOf(known);
    } else {
      this.draft = draftOf(null);
      void this.editTarget
        .load((signal) => getAddress(this.host.storefront.http, id, signal), 'account.addresses.get')
        .then(() => {
          if (this.editId === id && this.editTarget.status === 'ready') this.draft = draftOf(this.editTarget.value);
          this.host.requestUpdate();
        });
    }
  }

  private loadList(): Promise<void> {
    return this.list.load(async (signal) => {
      const page = await listAddresses(this.host.storefront.http, {}, signal);
      return { items: page.items.filter(Boolean), nextCursor: page.hasNext ? page.nextCursor : null };
    }, 'account.addresses.list');
  }

  private async loadMore(): Promise<void> {
    const current = this.list.value;
    if (!current?.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = null;
    this.host.requestUpdate();
    try {
      const page = await listAddresses(this.host.storefront.http, { next_cursor: current.nextCursor });
      const seen = new Set(current.items.map((item) => String(item.id)));
      this.list.set({
        items: [...current.items, ...page.items.filter((item) => item && !seen.has(String(item.id)))],
        nextCursor: page.hasNext ? page.nextCursor : null,
      });
      // The disabled (or, after the last page, gone) button dropped focus: continue at the first new address.
      if (focusLost(this.host)) this.host.focus(`.list > li:nth-child(${current.items.length + 1}) a[href]`);
    } catch (error) {
      this.moreError = error;
      this.host.reportError(error, 'account.addresses.more');
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  /** The picker (and Floating UI) is only fetched when a form opens; checkout shares the same module. */
  private loadPicker(): void {
    if (this.pickerStatus === 'ready' || this.pickerStatus === 'loading') return;
    this.pickerStatus = 'loading';
    import('../../../ui/location-picker.js').then(
      () => {
        this.pickerStatus = 'ready';
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.pickerStatus = 'error';
        this.host.reportError(error, 'account.addresses.picker');
        this.host.requestUpdate();
      },
    );
  }

  render(params: RouteParams): TemplateResult {
    const page = params['page'] ?? this.page;
    if (page === 'addresses') return this.renderList();
    return this.renderForm(page === 'address-new');
  }

  // ---- list ----

  private renderList(): TemplateResult {
    const { host } = this;
    const addLink = html`<a class="button" part="button" href=${host.href('addresses/new')} data-route>
      ${host.t('account.addresses.add')}
    </a>`;
    const heading = renderHeading(host.t('account.addresses.title'));
    const notices = html`${this.notice ? html`<p class="notice" part="notice" role="status">${this.notice}</p>` : nothing}
    ${renderError({ message: this.actionError })}`;
    if (this.list.status === 'error') return page(heading, html`${renderFailure(host, this.list.error, () => void this.loadList())}`);
    const value = this.list.value;
    if (!value || this.list.status === 'loading') return page(heading, html`${renderSkeleton(host, 2)}`);
    if (!value.items.length) return page(heading, html`${notices}${renderEmpty(host.t('account.addresses.empty'), addLink)}`);
    return page(heading, html`${notices}
      <div class="actions">${addLink}</div>
      <ul class="list">
        ${value.items.map((address) => this.renderCard(address))}
      </ul>
      ${this.moreError ? renderFailure(host, this.moreError, () => void this.loadMore()) : nothing}
      ${value.nextCursor
        ? html`<div class="actions">
            <button type="button" class="button button--secondary" part="button-secondary" ?disabled=${this.loadingMore} @click=${() => void this.loadMore()}>
              ${this.loadingMore ? host.t('common.loading') : host.t('account.addresses.loadMore')}
            </button>
          </div>`
        : nothing}`);
  }

  private renderCard(address: CustomerAddress): TemplateResult {
    const { host } = this;
    const id = String(address.id ?? '');
    const name = text(address.name) ?? host.t('account.addresses.untitled');
    const location = locationOf(address);
    return html`<li class="card" part="card">
      <p class="card__title">${name}</p>
      ${text(address.phone) ? html`<p>${address.phone}</p>` : nothing}
      ${text(address.email) ? html`<p class="muted">${address.email}</p>` : nothing}
      ${text(address.address) ? html`<p>${address.address}</p>` : nothing}
      ${location || text(address.postal_code)
        ? html`<p>${[location?.display, text(address.postal_code)].filter(Boolean).join(' ')}</p>`
        : nothing}
      ${text(address.notes) ? html`<p class="muted">${address.notes}</p>` : nothing}
      ${id
        ? html`<div class="actions">
            <a
              class="button button--secondary button--small"
              part="button-secondary"
              href=${host.href(`addresses/${id}`)}
              data-route
              aria-label=${host.t('account.addresses.editLabel', { name })}
              >${host.t('account.addresses.edit')}</a
            >
            <button
              type="button"
              class="button button--danger button--small"
              part="button-danger"
              aria-label=${host.t('account.addresses.deleteLabel', { name })}
              ?disabled=${this.deleting.has(id)}
              @click=${() => void this.remove(address, name)}
            >
              ${host.t('account.addresses.delete')}
            </button>
          </div>`
        : nothing}
    </li>`;
  }

  private async remove(address: CustomerAddress, name: string): Promise<void> {
    const { host } = this;
    const id = String(address.id ?? '');
    if (!id || this.deleting.has(id)) return;
    const confirmed = await host.confirm({
      title: host.t('account.addresses.confirmDelete'),
      message: host.t('account.addresses.confirmDeleteBody', { name }),
      confirmLabel: host.t('account.addresses.delete'),
      danger: true,
    });
    if (!confirmed) return;
    this.deleting.add(id);
    this.actionError = '';
    this.notice = '';
    host.requestUpdate();
    try {
      await deleteAddress(host.storefront.http, id);
      this.forget(id);
      this.notice = host.t('account.addresses.deleted');
      host.announce(this.notice);
      host.focus('[data-view-heading]');
    } catch (error) {
      if (isHttpStatus(error, 404)) {
        // Already gone (another tab, another device): the list simply catches up.
        this.forget(id);
      } else {
        this.actionError = host.describeError(error) || host.t('error.generic');
        host.reportError(error, 'account.addresses.delete');
      }
    } finally {
      this.deleting.delete(id);
      host.requestUpdate();
    }
  }

  private forget(id: string): void {
    const value = this.list.value;
    if (value) this.list.set({ ...value, items: value.items.filter((item) => String(item.id) !== id) });
  }

  // ---- form ----

  private renderForm(isNew: boolean): TemplateResult {
    const { host, draft } = this;
    const heading = renderHeading(host.t(isNew ? 'account.addresses.newTitle' : 'account.addresses.editTitle'), {
      href: host.href('addresses'),
      label: host.t('account.addresses.back'),
    });
    if (!isNew) {
      if (this.editTarget.status === 'error') {
        if (isHttpStatus(this.editTarget.error, 404)) {
          return page(heading, html`${renderEmpty(host.t('account.addresses.notFound'))}`);
        }
        const id = this.editId ?? '';
        return page(heading, html`${renderFailure(host, this.editTarget.error, () => this.enter({ page: 'address-edit', id }))}`);
      }
      if (this.editTarget.status !== 'ready') return page(heading, html`${renderSkeleton(host, 4)}`);
    }
    const optional = host.t('account.addresses.optional');
    return page(heading, html`
      <form class="form form--grid" part="form" novalidate @submit=${(event: SubmitEvent) => void this.save(event, isNew)}>
        ${renderField({
          id: 'address-name',
          label: host.t('account.addresses.name'),
          name: 'name',
          value: draft.name,
          autocomplete: 'name',
          required: true,
          error: this.fieldErrors['name'],
          onInput: (value) => (draft.name = value),
        })}
        ${renderField({
          id: 'address-phone',
          label: host.t('account.addresses.phone'),
          name: 'phone',
          type: 'tel',
          inputmode: 'tel',
          autocomplete: 'tel',
          value: draft.phone,
          required: true,
          error: this.fieldErrors['phone'],
          onInput: (value) => (draft.phone = value),
        })}
        ${renderField({
          id: 'address-email',
          label: host.t('account.addresses.email'),
          optionalLabel: optional,
          name: 'email',
          type: 'email',
          inputmode: 'email',
          autocomplete: 'email',
          value: draft.email,
          error: this.fieldErrors['email'],
          onInput: (value) => (draft.email = value),
        })}
        <div class="wide">${this.renderPicker()}</div>
        <div class="wide">
          ${renderField({
            id: 'address-address',
            label: host.t('account.addresses.address'),
            name: 'address',
            multiline: true,
            autocomplete: 'street-address',
            hint: host.t('account.addresses.addressHint'),
            value: draft.address,
            required: true,
            error: this.fieldErrors['address'],
            onInput: (value) => (draft.address = value),
          })}
        </div>
        <div class="wide">
          ${renderField({
            id: 'address-notes',
            label: host.t('account.addresses.notes'),
            optionalLabel: optional,
            name: 'notes',
            multiline: true,
            value: draft.notes,
            error: this.fieldErrors['notes'],
            onInput: (value) => (draft.notes = value),
          })}
        </div>
        <div class="wide">${renderError({ message: this.formError })}</div>
        <div class="actions wide">
          <button type="submit" class="button" part="button" ?disabled=${this.pending.busy}>
            ${this.pending.visible ? host.t('account.addresses.saving') : host.t('account.addresses.save')}
          </button>
          <a class="button button--secondary" part="button-secondary" href=${host.href('addresses')} data-route>
            ${host.t('common.cancel')}
          </a>
        </div>
      </form>`);
  }

  /** The location picker written for checkout (`src/ui/location-picker.ts`), shared here. */
  private renderPicker(): TemplateResult {
    const { host, draft } = this;
    if (this.pickerStatus === 'error') {
      return renderError({
        message: host.t('account.addresses.pickerFailed'),
        retryLabel: host.t('common.retry'),
        onRetry: () => this.loadPicker(),
      }) as TemplateResult;
    }
    return html`<scalev-location-picker
      part="location-picker"
      exportparts="field, label, field-error, combobox: input, select: input, input"
      required
      location-name="location_id"
      postal-name="postal_code"
      .value=${draft.location}
      postal-code=${draft.postalCode}
      .errors=${{ location: this.fieldErrors['location_id'] ?? null, postalCode: this.fieldErrors['postal_code'] ?? null }}
      @scalev-location-change=${(event: CustomEvent<{ location: StorefrontLocation | null; postalCode: string | null }>) => {
        draft.location = event.detail.location;
        draft.postalCode = event.detail.postalCode ?? '';
      }}
    ></scalev-location-picker>`;
  }

  private validate(): boolean {
    const { host, draft } = this;
    const required = host.t('account.addresses.required');
    const errors: Record<string, string> = {};
    if (!draft.name.trim()) errors['name'] = required;
    if (!draft.phone.trim()) errors['phone'] = required;
    if (!draft.address.trim()) errors['address'] = required;
    const picker = host.find<PickerElement>('scalev-location-picker');
    const located = picker && typeof picker.validate === 'function' ? picker.validate() : Boolean(draft.location);
    this.fieldErrors = errors;
    return !Object.keys(errors).length && located && Boolean(draft.location);
  }

  private body(isNew: boolean): CustomerAddressRequest {
    const { draft } = this;
    const body: CustomerAddressRequest = {
      name: draft.name.trim(),
      phone: draft.phone.trim(),
      address: draft.address.trim(),
      location_id: draft.location?.id,
      postal_code: draft.postalCode.trim(),
    };
    // A new address leaves blank optional fields out; an edit sends them so a cleared note is cleared.
    if (draft.email.trim() || !isNew) body.email = draft.email.trim();
    if (draft.notes.trim() || !isNew) body.notes = draft.notes.trim();
    return body;
  }

  private async save(event: SubmitEvent, isNew: boolean): Promise<void> {
    event.preventDefault();
    const { host } = this;
    this.formError = '';
    if (!this.validate()) {
      host.requestUpdate();
      host.focus('[aria-invalid="true"], scalev-location-picker');
      return;
    }
    const id = this.editId;
    await this.pending.run(async () => {
      try {
        const saved = isNew
          ? await createAddress(host.storefront.http, this.body(true))
          : await updateAddress(host.storefront.http, id ?? '', this.body(false));
        this.remember(saved, isNew);
        this.flashNotice = host.t('account.addresses.saved');
        host.announce(this.flashNotice);
        host.navigate('addresses', { replace: true });
      } catch (error) {
        const fields = isHttpStatus(error, 400, 422) ? fieldErrorsOf(error, FIELDS, (key, params) => host.t(key, params)) : {};
        if (Object.keys(fields).length) {
          this.fieldErrors = fields;
          host.focus('[aria-invalid="true"], scalev-location-picker');
        } else {
          this.formError = host.describeError(error) || host.t('error.generic');
        }
        host.reportError(error, isNew ? 'account.addresses.create' : 'account.addresses.update');
      }
    });
    host.requestUpdate();
  }

  /** Puts the saved address into the list without another request (or refetches when the answer is unusable). */
  private remember(saved: CustomerAddress, isNew: boolean): void {
    const value = this.list.value;
    if (!value || !saved || typeof saved !== 'object' || saved.id === undefined) {
      this.list.status = 'idle';
      return;
    }
    const id = String(saved.id);
    const items = isNew
      ? [saved, ...value.items.filter((item) => String(item.id) !== id)]
      : value.items.map((item) => (String(item.id) === id ? saved : item));
    this.list.set({ ...value, items });
    this.editTarget.set(saved);
  }
}

export function createView(host: AccountHost): AccountView {
  return new AddressesView(host);
}
