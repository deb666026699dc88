/**
 * The parts of the elements the storefront composes, re-exported with a prefix so a merchant can
 * restyle them from outside: `scalev-storefront::part(catalog-card)`. The names are read from
 * what each element shows rather than kept in a list here: many parts appear late (a dialog, an
 * error, the cart's drawer), and `exportparts` then names them too.
 */

const watched = new WeakSet<Element>();

/** The prefix an inner element's parts get: `catalog-card`, `order-card` (`<scalev-order-status>`)… */
export function partPrefix(tag: string): string {
  return tag.replace(/^scalev-|-status$/g, '');
}

/** The part names `node` and its descendants show, their own and those they export. */
function collect(node: Node, names: Set<string>): void {
  if (!(node instanceof Element || node instanceof ShadowRoot)) return;
  const found = node.querySelectorAll('[part],[exportparts]');
  for (const element of node instanceof Element ? [node, ...found] : found) {
    for (const name of element.getAttribute('part')?.split(/\s+/) ?? []) if (name) names.add(name);
    for (const pair of element.getAttribute('exportparts')?.split(',') ?? []) {
      const name = pair.split(':').pop()!.trim();
      if (name) names.add(name);
    }
  }
}

/**
 * Keeps the `exportparts` of an inner `<scalev-…>` naming every part it has shown so far
 * (`card: catalog-card, …`). Waits for the element's definition, so its shadow root exists.
 */
export function exportInnerParts(element: Element): void {
  if (watched.has(element)) return;
  watched.add(element);
  void customElements.whenDefined(element.localName).then(() => {
    const root = element.shadowRoot;
    if (!root) return;
    const prefix = partPrefix(element.localName);
    const names = new Set<string>();
    const sync = () => {
      const value = [...names].map((name) => `${name}: ${prefix}-${name}`).join(', ');
      if (element.getAttribute('exportparts') !== value) element.setAttribute('exportparts', value);
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') collect(record.target, names);
        else record.addedNodes.forEach((node) => collect(node, names));
      }
      sync();
    }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['part', 'exportparts'] });
    collect(root, names);
    sync();
  });
}
