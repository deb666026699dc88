/**
 * Scripts run inside the test pages. `INIT_SCRIPT` is installed in every browser context before
 * any page script (it is injected by the browser driver, so a page's CSP does not apply to it):
 * it records XSS hits, CSP violations and the credentials mode of every fetch the page makes.
 * The other exports are functions evaluated in the page.
 */

export const INIT_SCRIPT = `(() => {
  const probe = (window.__e2e = { xss: [], csp: [], fetches: [], errors: [] });
  // Every payload of the XSS corpus calls one of these; so does a plain alert(1).
  window.__xssHit = (id) => { probe.xss.push(String(id)); };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (arg) => { probe.xss.push(name + ':' + String(arg)); return null; };
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    probe.csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
  }, true);
  const realFetch = window.fetch;
  window.fetch = function (input, init) {
    // Each fetch is recorded with its outcome, so a test can wait until a failure has happened
    // (a timeout, a refused connection) before judging what the page shows.
    let entry = null;
    try {
      const request = input instanceof Request ? input : null;
      entry = {
        at: performance.now(),
        url: String(request ? request.url : input),
        method: ((init && init.method) || (request && request.method) || 'GET').toUpperCase(),
        credentials: (init && init.credentials) || (request && request.credentials) || 'same-origin(default)',
        done: false,
        status: null,
        error: null,
      };
      probe.fetches.push(entry);
    } catch (_) {}
    const result = realFetch.apply(this, arguments);
    if (entry) {
      result.then(
        (response) => { entry.done = true; entry.endedAt = performance.now(); entry.status = response.status; },
        (error) => { entry.done = true; entry.endedAt = performance.now(); entry.error = String(error && error.name || error); },
      );
    }
    return result;
  };
  const realOpen = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    probe.fetches.push({ url: 'xhr', method: 'XHR', credentials: this.withCredentials ? 'include' : 'omit' });
    return realOpen.apply(this, arguments);
  };
})();`;

/**
 * Walks the document and every open shadow root. Returns what would betray an injection or a
 * rule break: inline event handler attributes, script elements inside shadow roots, `javascript:`
 * URLs, frames and plugins.
 */
export function scanDom() {
  const findings = [];
  const seen = new Set();
  const visit = (root, where) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) findings.push(`${where} <${tag} ${attr.name}>`);
        if (/^(href|src|action|formaction|xlink:href|data)$/i.test(attr.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value)) {
          findings.push(`${where} <${tag} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
      }
      if (where !== 'document' && tag === 'script') findings.push(`${where} <script>`);
      if (/^(iframe|frame|object|embed)$/.test(tag)) findings.push(`${where} <${tag}>`);
      if (el.shadowRoot && !seen.has(el.shadowRoot)) {
        seen.add(el.shadowRoot);
        visit(el.shadowRoot, `<${tag}> shadow`);
      }
    }
  };
  visit(document, 'document');
  return findings;
}

/** Text of the page including every open shadow root (what a buyer can read). */
export function deepText() {
  const parts = [];
  const visit = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
      else if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node;
        if (el.localName === 'style' || el.localName === 'script') continue;
        if (el.shadowRoot) visit(el.shadowRoot);
        visit(el);
      }
    }
  };
  visit(document.body);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The focused element, looking through shadow roots; described for keyboard runs. */
export function deepActiveElement() {
  let el = document.activeElement;
  const hosts = [];
  while (el && el.shadowRoot && el.shadowRoot.activeElement) {
    hosts.push(el.localName);
    el = el.shadowRoot.activeElement;
  }
  if (!el || el === document.body) return null;
  const label =
    el.getAttribute('aria-label') ||
    (el.labels && el.labels[0] && el.labels[0].textContent) ||
    el.textContent ||
    '';
  const style = getComputedStyle(el);
  return {
    tag: el.localName,
    hosts,
    part: el.getAttribute('part') || '',
    name: el.getAttribute('name') || '',
    role: el.getAttribute('role') || '',
    type: el.getAttribute('type') || '',
    value: 'value' in el ? String(el.value) : '',
    checked: Boolean(el.checked),
    label: label.trim().replace(/\s+/g, ' ').slice(0, 80),
    focusVisible: el.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none'),
  };
}

/**
 * Geometry and key computed styles of every `part` inside the widgets framed by `[data-widget]`
 * (nested Scalev shadow roots included), relative to each widget's host element.
 */
export function measureWidgets() {
  const out = {};
  for (const frame of document.querySelectorAll('[data-widget]')) {
    const host = frame.firstElementChild;
    if (!host) continue;
    const hostRect = host.getBoundingClientRect();
    const parts = [];
    const counts = new Map();
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const names = el.getAttribute('part');
        if (names) {
          const key = names.split(/\s+/)[0];
          const index = counts.get(key) ?? 0;
          counts.set(key, index + 1);
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          parts.push({
            key: `${key}#${index}`,
            x: r.left - hostRect.left,
            y: r.top - hostRect.top,
            w: r.width,
            h: r.height,
            display: cs.display,
            boxSizing: cs.boxSizing,
            visibility: cs.visibility,
            position: cs.position,
            fontSize: cs.fontSize,
            lineHeight: cs.lineHeight,
          });
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    if (host.shadowRoot) visit(host.shadowRoot);
    out[frame.dataset.widget] = {
      tag: host.localName,
      defined: Boolean(customElements.get(host.localName)),
      width: hostRect.width,
      height: hostRect.height,
      overflowX: host.scrollWidth - host.clientWidth,
      parts,
    };
  }
  return out;
}
