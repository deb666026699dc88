/**
 * A very small in-page test harness for the framework apps: each app registers named checks, and
 * `test/frameworks/run.mjs` calls `window.__runFrameworkChecks()` in Chromium and prints the results.
 */
export interface CheckResult {
  name: string;
  ok: boolean;
  error?: string;
}

export type Check = [name: string, run: () => Promise<void>];

export function expose(checks: Check[]): void {
  (window as unknown as { __runFrameworkChecks: () => Promise<CheckResult[]> }).__runFrameworkChecks = async () => {
    const results: CheckResult[] = [];
    for (const [name, run] of checks) {
      try {
        await run();
        results.push({ name, ok: true });
      } catch (error) {
        results.push({ name, ok: false, error: error instanceof Error ? `${error.message}` : String(error) });
      }
    }
    return results;
  };
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export async function until(predicate: () => unknown, message: string, timeout = 6000): Promise<void> {
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element | null | undefined): string {
  return (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** The add-to-cart button of a `<scalev-product>`, once it can be pressed. */
export async function addButton(product: Element): Promise<HTMLButtonElement> {
  await until(() => {
    const button = product.shadowRoot?.querySelector<HTMLButtonElement>('[part~="add-button"]');
    // `aria-disabled` marks the add still running: a click then is ignored.
    return button && !button.disabled && button.getAttribute('aria-disabled') !== 'true';
  }, 'the product can be added');
  return product.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!;
}

export function cartPosts(requests: ReadonlyArray<{ method: string; path: string }>): number {
  return requests.filter((request) => request.method === 'POST' && /\/public\/cart\/items$/.test(request.path)).length;
}

export const FIRST_SLUG = 'kopi-arabika-gayo';
export const FIRST_NAME = 'Kopi Arabika Gayo';
export const SECOND_SLUG = 'kopi-toraja-sapan';
export const SECOND_NAME = 'Kopi Toraja Sapan';
export const FIRST_ITEMS = [{ type: 'variant' as const, variant_id: 494535, quantity: 1, name: 'Gayo untuk checkout' }];
export const SECOND_ITEMS = [{ type: 'variant' as const, variant_id: 494545, quantity: 2, name: 'Gula aren untuk checkout' }];
