import { html, nothing, type TemplateResult } from 'lit';
import {
  cancelSubscription,
  downgradeItem,
  getSubscription,
  listDowngradeOptions,
  listSubscriptions,
  listUpgradeOptions,
  resumeSubscription,
  upgradeItem,
} from '../../../api/subscriptions.js';
import { parseMoney } from '../../../api/money.js';
import type { Subscription, Subscription2, SubscriptionItem, VariantSubscription } from '../../../api/types.js';
import { renderError } from '../../../ui/status-message.js';
import { adoptListStyles } from './list.styles.js';
// The confirmation dialog this view asks through the host comes with it, styles included.
import { DIALOG_STYLES_KEY, dialogStyles } from '../confirm-dialog.js';
import type { AccountHost, AccountView, RouteParams } from '../view-host.js';
import { PagedList, Remote, focusLost, isHttpStatus } from './remote.js';
import { renderEmpty, renderFailure, page, renderHeading, renderPagedList, renderSkeleton, text } from './shared.js';
import './subscriptions.strings.js';

interface PlanOptions {
  status: 'loading' | 'ready' | 'error';
  upgrades: VariantSubscription[];
  downgrades: VariantSubscription[];
  error: unknown;
}

type Direction = 'upgrade' | 'downgrade';

const UNITS = ['day', 'week', 'month', 'year'];

const BADGE_CLASS: Record<string, string> = {
  active: 'badge--good',
  unactivated: 'badge--warn',
  pending_upgrade: 'badge--warn',
  pending_downgrade: 'badge--warn',
  canceled: 'badge--bad',
  expired: 'badge--bad',
  failed: 'badge--bad',
};

function variantName(variant: { name?: string; product_name?: string } | undefined, fallback: string): string {
  const product = text(variant?.product_name);
  const name = text(variant?.name);
  if (product && name && !name.toLowerCase().includes(product.toLowerCase())) return `${product} – ${name}`;
  return name ?? product ?? fallback;
}

/** Actions are offered exactly as the contract allows them (CONTRACT §14). */
function canCancel(sub: Subscription | Subscription2): boolean {
  return sub.status === 'active' && !sub.is_cancel_at_period_end;
}

function canResume(sub: Subscription | Subscription2): boolean {
  return sub.status === 'active' && sub.is_cancel_at_period_end === true;
}

function canChangePlan(sub: Subscription2, item: SubscriptionItem): boolean {
  return canCancel(sub) && item.status === 'active' && !item.is_cancel_at_period_end && Boolean(item.id);
}

/** A usable subscription answer (actions answer with the updated subscription). */
function isSubscription(value: unknown): value is Subscription2 {
  return Boolean(value) && typeof value === 'object' && typeof (value as Subscription2).id === 'string';
}

/** Subscriptions: list with "load more", detail with cancel (confirmed), resume, and plan changes per item. */
class SubscriptionsView implements AccountView {
  private readonly list: PagedList<Subscription>;
  private readonly detail: Remote<Subscription2>;
  private page = 'subscriptions';
  private detailId = '';
  private busy: string | null = null;
  private actionError = '';
  private notice = '';
  private readonly plans = new Map<string, PlanOptions>();

  constructor(private readonly host: AccountHost) {
    adoptListStyles(host);
    host.adoptStyles(DIALOG_STYLES_KEY, dialogStyles.cssText);
    this.list = new PagedList(host, (cursor, signal) => listSubscriptions(host.storefront.http, cursor ? { next_cursor: cursor } : {}, signal), 'account.subscriptions');
    this.detail = new Remote(host);
  }

  status(): 'loading' | 'empty' | 'error' | null {
    const remote = this.page === 'subscription' ? this.detail : this.list;
    if (remote.status === 'error') return 'error';
    if (remote.status === 'idle' || (remote.status === 'loading' && !remote.value)) return 'loading';
    return this.page === 'subscriptions' && !this.list.value?.items.length ? 'empty' : null;
  }

  dispose(): void {
    this.list.abort();
    this.detail.abort();
  }

  enter(params: RouteParams): void {
    this.page = params['page'] ?? 'subscriptions';
    this.actionError = '';
    this.notice = '';
    if (this.page === 'subscriptions') {
      if (this.list.status === 'idle' || this.list.status === 'error') void this.list.loadFirst();
      return;
    }
    const id = params['id'] ?? '';
    if (id !== this.detailId || this.detail.status === 'error') {
      this.detailId = id;
      this.plans.clear();
      this.detail.abort();
      this.detail.value = null;
      this.detail.status = 'idle';
      void this.loadDetail();
    }
  }

  private loadDetail(): Promise<void> {
    const id = this.detailId;
    return this.detail.load((signal) => getSubscription(this.host.storefront.http, id, signal), 'account.subscriptions.get');
  }

  render(params: RouteParams): TemplateResult {
    return (params['page'] ?? this.page) === 'subscription' ? this.renderDetail() : this.renderList();
  }

  // ---- words ----

  private statusWords(status: string | undefined): string {
    const key = `account.subs.status.${status ?? ''}`;
    const words = this.host.t(key);
    return words === key ? (status ?? '').replace(/_/g, ' ') : words;
  }

  private badge(status: string | undefined): TemplateResult | typeof nothing {
    if (!status) return nothing;
    return html`<span class="badge ${BADGE_CLASS[status] ?? ''}" part="status-badge">${this.statusWords(status)}</span>`;
  }

  private price(amount: unknown, interval: string | undefined | null, count: number | undefined | null): string {
    const { host } = this;
    const price = host.money(parseMoney(amount));
    if (!interval || !UNITS.includes(interval)) return price;
    const unit = host.t(`account.subs.unit.${interval}`);
    return count && count > 1 ? host.t('account.subs.perMany', { price, count, unit }) : host.t('account.subs.perOne', { price, unit });
  }

  private title(sub: Subscription | Subscription2): string {
    const first = sub.subscription_items?.[0]?.variant;
    return first ? variantName(first, this.host.t('account.subs.untitled')) : this.host.t('account.subs.name', { id: sub.subscription_id ?? sub.id ?? '' });
  }

  private periodNote(sub: Subscription | Subscription2): string {
    const { host } = this;
    if (sub.status !== 'active') return '';
    const end = host.date(sub.current_period_end);
    if (sub.is_cancel_at_period_end) return end ? host.t('account.subs.cancelsAt', { date: end }) : host.t('account.subs.cancelsAtEnd');
    return end ? host.t('account.subs.renewsAt', { date: end }) : '';
  }

  // ---- list ----

  private renderList(): TemplateResult {
    const { host } = this;
    const words = { title: host.t('account.subs.title'), empty: host.t('account.subs.empty'), more: host.t('account.subs.loadMore') };
    return renderPagedList(host, this.list, words, 2, (item) => this.renderCard(item));
  }

  private renderCard(sub: Subscription): TemplateResult {
    const { host } = this;
    const name = this.title(sub);
    const first = sub.subscription_items?.[0];
    const note = this.periodNote(sub);
    return html`<li class="card" part="card">
      <div class="card__row">
        <p class="card__title">
          ${sub.id
            ? html`<a href=${host.href(`subscriptions/${sub.id}`)} data-route aria-label=${host.t('account.subs.open', { name })}>${name}</a>`
            : name}
        </p>
        ${first ? html`<strong>${this.price(first.unit_price, sub.interval, sub.interval_count)}</strong>` : nothing}
      </div>
      ${text(sub.subscription_id) ? html`<p class="muted">${sub.subscription_id}</p>` : nothing}
      <div class="actions">${this.badge(sub.status)} ${note ? html`<span class="muted">${note}</span>` : nothing}</div>
    </li>`;
  }

  // ---- detail ----

  private renderDetail(): TemplateResult {
    const { host } = this;
    const sub = this.detail.value;
    const heading = renderHeading(sub ? this.title(sub) : host.t('account.subs.title'), {
      href: host.href('subscriptions'),
      label: host.t('account.subs.back'),
    });
    if (this.detail.status === 'error') {
      if (isHttpStatus(this.detail.error, 404)) return page(heading, html`${renderEmpty(host.t('account.subs.notFound'))}`);
      return page(heading, html`${renderFailure(host, this.detail.error, () => void this.loadDetail())}`);
    }
    if (!sub) return page(heading, html`${renderSkeleton(host, 3)}`);
    const invoice = sub.latest_renewal_invoice;
    const note = this.periodNote(sub);
    return page(heading, html`
      ${this.notice ? html`<p class="notice" part="notice" role="status">${this.notice}</p>` : nothing}
      ${renderError({ message: this.actionError })}
      <div class="actions">${this.badge(sub.status)} ${note ? html`<span>${note}</span>` : nothing}</div>
      <dl class="details">
        ${text(sub.subscription_id) ? html`<dt>ID</dt><dd>${sub.subscription_id}</dd>` : nothing}
        ${sub.current_period_start || sub.current_period_end
          ? html`<dt>${host.t('account.subs.period')}</dt>
              <dd>${host.t('account.subs.periodRange', { start: host.date(sub.current_period_start), end: host.date(sub.current_period_end) })}</dd>`
          : nothing}
        ${sub.activated_at ? html`<dt>${host.t('account.subs.activatedAt')}</dt><dd>${host.date(sub.activated_at)}</dd>` : nothing}
        ${sub.canceled_at ? html`<dt>${host.t('account.subs.canceledAt')}</dt><dd>${host.date(sub.canceled_at)}</dd>` : nothing}
        ${sub.expired_at ? html`<dt>${host.t('account.subs.expiredAt')}</dt><dd>${host.date(sub.expired_at)}</dd>` : nothing}
        ${invoice
          ? html`<dt>${host.t('account.subs.invoice')}</dt>
              <dd>
                ${host.t('account.subs.invoiceLine', {
                  amount: host.money(parseMoney(invoice.amount)) || '—',
                  status: invoiceStatus(host, invoice.status),
                })}
              </dd>`
          : nothing}
      </dl>
      <section class="card" part="card" aria-labelledby="sub-items">
        <h3 class="section-title" id="sub-items">${host.t('account.subs.items')}</h3>
        <ul class="list">
          ${(sub.subscription_items ?? []).map((item) => this.renderItem(sub, item))}
        </ul>
      </section>
      <div class="actions">
        ${canCancel(sub)
          ? html`<button type="button" class="button button--danger" part="button-danger" ?disabled=${this.busy !== null} @click=${() => void this.cancel(sub)}>
              ${this.busy === 'cancel' ? host.t('account.subs.working') : host.t('account.subs.cancel')}
            </button>`
          : nothing}
        ${canResume(sub)
          ? html`<button type="button" class="button" part="button" ?disabled=${this.busy !== null} @click=${() => void this.resume(sub)}>
              ${this.busy === 'resume' ? host.t('account.subs.working') : host.t('account.subs.resume')}
            </button>`
          : nothing}
      </div>`);
  }

  private renderItem(sub: Subscription2, item: SubscriptionItem): TemplateResult {
    const { host } = this;
    const name = variantName(item.variant, host.t('account.subs.untitled'));
    const pending = item.pending_action;
    const itemId = item.id ?? '';
    const plans = this.plans.get(itemId);
    const action = pending?.action_type;
    const actionWords = host.t(
      action === 'upgrade' || action === 'downgrade' || action === 'cancel' || action === 'renew' ? `account.subs.action.${action}` : 'account.subs.action.other',
    );
    const when = pending?.execution_type ? host.t(`account.subs.when.${pending.execution_type}`) : '';
    return html`<li class="option">
      <div>
        <p class="card__title">${name}</p>
        <p class="muted">
          ${this.price(item.price, sub.interval, sub.interval_count)}
          ${item.quantity && item.quantity > 1 ? html` · ${host.t('account.subs.quantity', { count: item.quantity })}` : nothing}
        </p>
        ${item.status && item.status !== sub.status ? this.badge(item.status) : nothing}
        ${pending ? html`<p class="muted" part="pending-action">${host.t('account.subs.pending', { action: actionWords, when: when || '—' })}</p>` : nothing}
      </div>
      ${canChangePlan(sub, item)
        ? html`<button
            type="button"
            class="button button--secondary button--small"
            part="button-secondary"
            aria-expanded=${plans ? 'true' : 'false'}
            aria-controls=${`plans-${itemId}`}
            aria-label=${plans ? host.t('account.subs.hidePlans') : host.t('account.subs.changePlanFor', { name })}
            @click=${() => this.togglePlans(itemId)}
          >
            ${plans ? host.t('account.subs.hidePlans') : host.t('account.subs.changePlan')}
          </button>`
        : nothing}
      ${plans ? html`<div class="option__plans" id=${`plans-${itemId}`}>${this.renderPlans(sub, item, plans)}</div>` : nothing}
    </li>`;
  }

  private renderPlans(sub: Subscription2, item: SubscriptionItem, plans: PlanOptions): TemplateResult {
    const { host } = this;
    if (plans.status === 'loading') return renderSkeleton(host, 1);
    if (plans.status === 'error') {
      return html`${renderFailure(host, plans.error, () => void this.loadPlans(item.id ?? ''))}`;
    }
    if (!plans.upgrades.length && !plans.downgrades.length) return html`<p class="muted">${host.t('account.subs.noOptions')}</p>`;
    const group = (direction: Direction, options: VariantSubscription[]) =>
      options.length
        ? html`<h4 class="section-title">${host.t(direction === 'upgrade' ? 'account.subs.upgrades' : 'account.subs.downgrades')}</h4>
            <ul class="options">
              ${options.map((option) => {
                const name = variantName(option, host.t('account.subs.untitled'));
                return html`<li class="option">
                  <span>
                    <span class="card__title">${name}</span><br />
                    <span class="muted">${this.price(option.price, option.interval ?? sub.interval, option.interval_count ?? sub.interval_count)}</span>
                  </span>
                  <button
                    type="button"
                    class="button button--small"
                    part="button"
                    aria-label=${host.t('account.subs.switchLabel', { name })}
                    ?disabled=${this.busy !== null || typeof option.id !== 'number'}
                    @click=${() => void this.changePlan(sub, item, direction, option)}
                  >
                    ${this.busy === `${direction}:${item.id}:${option.id}` ? host.t('account.subs.working') : host.t('account.subs.switch')}
                  </button>
                </li>`;
              })}
            </ul>`
        : nothing;
    return html`${group('upgrade', plans.upgrades)} ${group('downgrade', plans.downgrades)}`;
  }

  // ---- actions ----

  private togglePlans(itemId: string): void {
    if (this.plans.has(itemId)) {
      this.plans.delete(itemId);
      this.host.requestUpdate();
      return;
    }
    void this.loadPlans(itemId);
  }

  /** Upgrade and downgrade options of one subscription item, asked for together. */
  private async loadPlans(itemId: string): Promise<void> {
    if (!itemId) return;
    const http = this.host.storefront.http;
    const entry: PlanOptions = { status: 'loading', upgrades: [], downgrades: [], error: null };
    this.plans.set(itemId, entry);
    this.host.requestUpdate();
    try {
      const [upgrades, downgrades] = await Promise.all([listUpgradeOptions(http, itemId), listDowngradeOptions(http, itemId)]);
      Object.assign(entry, { status: 'ready', upgrades: upgrades.filter(Boolean), downgrades: downgrades.filter(Boolean) });
    } catch (error) {
      Object.assign(entry, { status: 'error', error });
      this.host.reportError(error, 'account.subscriptions.options');
    }
    this.host.requestUpdate();
  }

  private async run(key: string, operation: string, task: () => Promise<Subscription2>, success: string): Promise<void> {
    if (this.busy) return;
    this.busy = key;
    this.actionError = '';
    this.notice = '';
    this.host.requestUpdate();
    try {
      const updated = await task();
      if (isSubscription(updated)) {
        this.detail.set(updated);
        this.updateListEntry(updated);
      } else {
        await this.loadDetail();
      }
      this.plans.clear();
      this.notice = success;
      this.host.announce(success);
    } catch (error) {
      this.actionError = this.host.describeError(error) || this.host.t('error.generic');
      this.host.reportError(error, operation);
      // The subscription may have changed elsewhere (another device): show its real state.
      if (isHttpStatus(error, 400, 404, 409, 422)) void this.loadDetail();
    } finally {
      this.busy = null;
      this.host.requestUpdate();
      // The pressed button was disabled meanwhile, and is often gone now (cancel becomes resume, the
      // plan list closes): focus fell to the page. Put it back at the top of this subscription, above
      // the notice or error, unless the customer has moved on to something else.
      if (focusLost(this.host)) this.host.focus('[data-view-heading]');
    }
  }

  private updateListEntry(updated: Subscription2): void {
    const value = this.list.value;
    if (!value) return;
    const items = value.items.map((sub) =>
      sub.id === updated.id
        ? { ...sub, status: updated.status ?? sub.status, is_cancel_at_period_end: updated.is_cancel_at_period_end ?? sub.is_cancel_at_period_end }
        : sub,
    );
    this.list.set({ ...value, items });
  }

  private async cancel(sub: Subscription2): Promise<void> {
    const { host } = this;
    const id = sub.id;
    if (!id) return;
    const end = host.date(sub.current_period_end);
    const confirmed = await host.confirm({
      title: host.t('account.subs.cancelConfirm'),
      message: end ? host.t('account.subs.cancelConfirmBody', { date: end }) : host.t('account.subs.cancelConfirmBodyNoDate'),
      confirmLabel: host.t('account.subs.cancel'),
      danger: true,
    });
    if (!confirmed) return;
    await this.run('cancel', 'account.subscriptions.cancel', () => cancelSubscription(host.storefront.http, id), host.t('account.subs.canceledNotice'));
  }

  private async resume(sub: Subscription2): Promise<void> {
    const { host } = this;
    const id = sub.id;
    if (!id) return;
    await this.run('resume', 'account.subscriptions.resume', () => resumeSubscription(host.storefront.http, id), host.t('account.subs.resumedNotice'));
  }

  private async changePlan(sub: Subscription2, item: SubscriptionItem, direction: Direction, option: VariantSubscription): Promise<void> {
    const { host } = this;
    const itemId = item.id;
    const variantId = option.id;
    if (!itemId || typeof variantId !== 'number') return;
    const name = variantName(option, host.t('account.subs.untitled'));
    const confirmed = await host.confirm({
      title: host.t('account.subs.switchConfirm', { name }),
      message: host.t('account.subs.switchConfirmBody', {
        price: this.price(option.price, option.interval ?? sub.interval, option.interval_count ?? sub.interval_count),
      }),
      confirmLabel: host.t('account.subs.switch'),
    });
    if (!confirmed) return;
    const change = direction === 'upgrade' ? upgradeItem : downgradeItem;
    await this.run(
      `${direction}:${itemId}:${variantId}`,
      `account.subscriptions.${direction}`,
      () => change(host.storefront.http, itemId, variantId),
      host.t('account.subs.changedNotice', { name }),
    );
  }
}

/** The words of a renewal invoice's status (CONTRACT: seven values); an unknown one as the API wrote it. */
function invoiceStatus(host: AccountHost, status: unknown): string {
  const value = typeof status === 'string' ? status : '';
  return INVOICE_STATUSES.includes(value) ? host.t(`account.subs.invoiceStatus.${value}`) : value.replace(/_/g, ' ');
}

const INVOICE_STATUSES = ['scheduled', 'pending', 'confirmed', 'completed', 'failed', 'replaced', 'canceled'];

export function createView(host: AccountHost): AccountView {
  return new SubscriptionsView(host);
}
