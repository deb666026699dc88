/**
 * The parts of the elements the storefront composes, re-exported with a prefix so a merchant can
 * restyle them from outside: `scalev-storefront::part(catalog-card)`. Unknown names are harmless
 * (`exportparts` ignores parts an element does not have).
 */
const INNER_PARTS: Record<string, readonly string[]> = {
  catalog: [
    'base', 'toolbar', 'search', 'filter-toggle', 'filters', 'sort', 'summary', 'grid', 'card', 'card-media',
    'card-image', 'badge', 'card-name', 'card-price', 'card-button', 'card-add-button', 'card-choose-button',
    'card-button-sold-out', 'card-error', 'empty', 'no-results', 'clear-filters', 'footer', 'load-more', 'error',
    'retry-button', 'dialog', 'dialog-close', 'detail-add-button', 'detail-name', 'detail-price', 'problem',
  ],
  product: [
    'base', 'gallery', 'image', 'thumbnail', 'name', 'price', 'stock', 'options', 'option-group', 'option',
    'bundle-lines', 'quantity', 'quantity-button', 'quantity-decrease', 'quantity-increase', 'quantity-input',
    'add-button', 'added', 'error', 'retry-button', 'description', 'not-found', 'problem',
  ],
  cart: [
    'trigger', 'badge', 'drawer', 'drawer-panel', 'popover', 'panel', 'header', 'heading', 'close-button', 'lines',
    'line', 'line-image', 'line-name', 'line-options', 'price', 'line-total', 'stock', 'quantity', 'quantity-button',
    'quantity-decrease', 'quantity-increase', 'quantity-input', 'remove-button', 'summary', 'subtotal', 'note', 'checkout-button', 'back-button', 'empty',
    'skeleton', 'error', 'retry-button', 'dismiss-button', 'problem',
  ],
  checkout: [
    'form', 'steps', 'section', 'field', 'label', 'input', 'field-error', 'address-option', 'shipping-option',
    'payment-option', 'summary', 'line', 'totals', 'total', 'place-order', 'placed', 'next-button', 'back-button',
    'notice', 'empty', 'error', 'retry-button', 'problem',
  ],
  'order-status': [
    'order', 'header', 'badge', 'lines', 'amounts', 'total', 'payment-instructions', 'amount', 'copy-row',
    'copy-value', 'copy-button', 'bank-account', 'qr', 'qr-download', 'deadline', 'pay-button', 'retry-payment',
    'check-status', 'proof', 'proof-submit', 'whatsapp', 'paid-note', 'closed-note', 'conflict-note', 'continue',
    'loading', 'empty', 'error', 'retry-button', 'problem',
  ],
  login: [
    'form', 'heading', 'field', 'label', 'input', 'field-error', 'hint', 'button', 'link-button', 'notice', 'error',
    'retry-button', 'signed-in', 'account-link', 'problem',
  ],
  account: [
    'base', 'header', 'greeting', 'sign-out', 'nav', 'nav-link', 'view', 'view-title', 'back-link', 'card', 'button',
    'button-secondary', 'button-danger', 'field', 'label', 'input', 'field-error', 'status-badge', 'amounts',
    'course-content', 'skeleton', 'empty', 'error', 'retry-button', 'notice', 'dialog', 'dialog-confirm',
    'dialog-cancel', 'login', 'problem',
  ],
};

/** The prefix each inner element's parts get: `catalog-card`, `order-card`… */
export const PART_PREFIX: Record<string, string> = {
  catalog: 'catalog',
  product: 'product',
  cart: 'cart',
  checkout: 'checkout',
  'order-status': 'order',
  login: 'login',
  account: 'account',
};

/** The `exportparts` value for an inner `<scalev-<element>>`. */
export function exportPartsOf(element: keyof typeof PART_PREFIX): string {
  const prefix = PART_PREFIX[element];
  return (INNER_PARTS[element] ?? []).map((part) => `${part}: ${prefix}-${part}`).join(', ');
}

/** Every exported part name, for documentation and tests. */
export function exportedPartNames(element: keyof typeof PART_PREFIX): string[] {
  return (INNER_PARTS[element] ?? []).map((part) => `${PART_PREFIX[element]}-${part}`);
}

export function innerParts(element: string): readonly string[] {
  return INNER_PARTS[element] ?? [];
}
