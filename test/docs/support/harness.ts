import { expect, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import type { MockOptions, MockScalev } from '../../../src/mock/index.js';

/** The drop-in URL every guide tells merchants to paste. */
export const CDN_SCRIPT = 'https://cdn.jsdelivr.net/npm/scalev-elements/dist/scalev.js';

export interface SnippetPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __docsMock: MockScalev; dataLayer?: unknown[] };
  doc: Document;
  mock: MockScalev;
}

const frames: HTMLIFrameElement[] = [];

/**
 * A file of the repository as it is on disk, by its path from the repository root. Read through the
 * test runner (the dev server would hand out HTML and JS with their scripts compiled).
 */
export async function fetchText(path: string): Promise<string> {
  const text = await readFile({ path: `../..${path}` });
  if (text === undefined) throw new Error(`${path}: no such file`);
  return text;
}

/**
 * Opens a snippet as the page a merchant would make of it: a same-origin frame at a real URL
 * (`/test/docs/support/blank.html` plus `query`), the snippet written into it as is, except that
 * the CDN script is swapped for the local kit, which answers the snippet's store id and key with
 * the in-browser mock API. Inline scripts of the snippet run as they would on the merchant's page.
 */
export async function openSnippet(
  file: string,
  options: { query?: string; mockOptions?: MockOptions; html?: string; timeout?: number } = {},
): Promise<SnippetPage> {
  const source = options.html ?? (await fetchText(`/test/docs/pages/${file}`));
  expect(source, `${file} loads the kit from the CDN`).to.contain(CDN_SCRIPT);
  const html = source.split(CDN_SCRIPT).join('/test/docs/support/local-kit.ts');
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  if (options.mockOptions) frame.dataset['mockOptions'] = JSON.stringify(options.mockOptions);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/docs/support/blank.html${options.query ?? ''}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  // Storage is per origin: nothing of an earlier snippet may leak in.
  frame.contentWindow!.localStorage.clear();
  frame.contentWindow!.sessionStorage.clear();
  frame.contentWindow!.postMessage({ snippet: html }, location.origin);
  const win = frame.contentWindow as SnippetPage['win'];
  await waitUntil(() => win.__docsMock && win.customElements.get('scalev-store'), `${file}: the kit loaded`, { timeout: options.timeout ?? 8000 });
  return { frame, win, doc: frame.contentDocument!, mock: win.__docsMock };
}

/**
 * Opens an empty snippet once, with time to spare: the first page of a test file makes the dev
 * server compile the whole kit. Call it from a `before` hook that allows a minute.
 */
export async function warmUp(): Promise<void> {
  await openSnippet('', { html: `<script type="module" src="${CDN_SCRIPT}"></script>`, timeout: 55000 });
  closeSnippets();
}

/** `this` of a Mocha hook, to give it more time. */
export type HookContext = { timeout(ms: number): void };

export function closeSnippets(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Waits for `predicate`, with a message saying what was awaited. */
export function until(predicate: () => unknown, message: string, timeout = 6000): Promise<void> {
  return waitUntil(predicate, message, { timeout });
}

/** Text of an element's shadow root (or of the element), whitespace collapsed. */
export function shadowText(element: Element | null | undefined): string {
  return ((element?.shadowRoot ?? element)?.textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * The code block that follows `<!-- snippet: <file> -->` in a guide. Guides embed each snippet
 * verbatim; the test page is the file itself, so the two must never drift apart.
 */
export function codeBlockAfterMarker(markdown: string, file: string): string | null {
  const marker = `<!-- snippet: ${file} -->`;
  const at = markdown.indexOf(marker);
  if (at < 0) return null;
  const match = /```[\w-]*\n([\s\S]*?)\n```/.exec(markdown.slice(at + marker.length));
  return match ? match[1]! : null;
}

/** Asserts the guide embeds the snippet file exactly. */
export async function expectGuideEmbeds(guide: string, file: string): Promise<void> {
  const markdown = await fetchText(`/docs/${guide}`);
  const block = codeBlockAfterMarker(markdown, file);
  expect(block, `docs/${guide} has a code block for ${file}`).to.not.equal(null);
  const snippet = (await fetchText(`/test/docs/pages/${file}`)).replace(/\n$/, '');
  expect(block, `docs/${guide} shows test/docs/pages/${file} as it is`).to.equal(snippet);
}

/** Requests the mock received for a path fragment, optionally by method. */
export function requestsTo(mock: MockScalev, path: string, method?: string) {
  return mock.requests.filter((request) => request.path.includes(path) && (!method || request.method === method));
}
