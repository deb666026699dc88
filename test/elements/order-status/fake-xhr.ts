import type { MockScalev } from '../../../src/mock/index.js';

/**
 * The transfer-proof PUT uses XMLHttpRequest (fetch reports no upload progress), which the mock's
 * `fetch` cannot see. This stand-in forwards such requests to the mock, with progress events, so
 * the whole upload flow runs against the mock's presigned storage.
 */
export function installFakeXhr(mock: MockScalev, options: { failPut?: number } = {}): () => void {
  const Original = window.XMLHttpRequest;
  let failures = options.failPut ?? 0;

  class FakeUpload extends EventTarget {}

  class FakeXhr extends EventTarget {
    readonly upload = new FakeUpload();
    status = 0;
    responseText = '';
    timeout = 0;
    withCredentials = false;
    private method = 'GET';
    private url = '';
    private headers: Record<string, string> = {};
    private aborted = false;

    open(method: string, url: string): void {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string): void {
      this.headers[name] = value;
    }

    abort(): void {
      this.aborted = true;
      this.dispatchEvent(new Event('abort'));
    }

    send(body: Blob): void {
      void (async () => {
        const total = body.size;
        this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded: Math.floor(total / 2), total }));
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (this.aborted) return;
        if (failures > 0) {
          failures--;
          this.dispatchEvent(new Event('error'));
          return;
        }
        this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded: total, total }));
        const response = await mock.fetch(this.url, { method: this.method, headers: this.headers, body });
        this.status = response.status;
        this.responseText = await response.text();
        this.dispatchEvent(new Event('load'));
      })();
    }
  }

  (window as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = FakeXhr;
  return () => {
    window.XMLHttpRequest = Original;
  };
}
