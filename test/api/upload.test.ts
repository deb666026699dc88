/**
 * Step 2 of the transfer proof: the direct PUT to the presigned URL with XMLHttpRequest (upload
 * progress), and the whole three-step flow.
 */
import { expect } from '@open-wc/testing';
import { ScalevApiError } from '../../src/api/errors.js';
import { ScalevHttp } from '../../src/api/http.js';
import {
  checkTransferProofFile,
  submitTransferProof,
  TRANSFER_PROOF_MAX_BYTES,
  transferProofUploadRequest,
  uploadTransferProof,
  type UploadProgress,
} from '../../src/api/orders.js';
import * as f from './fixtures.js';
import { json, recordingFetch } from './recording-fetch.js';

/** Just enough of XMLHttpRequest to see what the upload does and to answer it. */
class FakeXhr extends EventTarget {
  static last: FakeXhr | null = null;
  readonly upload = new EventTarget();
  method = '';
  url = '';
  async: boolean | undefined;
  headers: Record<string, string> = {};
  withCredentials = true;
  timeout = 0;
  status = 0;
  responseText = '';
  sent: Document | XMLHttpRequestBodyInit | null | undefined = undefined;
  aborted = false;

  constructor() {
    super();
    FakeXhr.last = this;
  }
  open(method: string, url: string, async?: boolean) {
    this.method = method;
    this.url = url;
    this.async = async;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body?: Document | XMLHttpRequestBodyInit | null) {
    this.sent = body;
  }
  abort() {
    this.aborted = true;
    this.dispatchEvent(new Event('abort'));
  }
  // Test drivers
  progress(loaded: number, total: number, lengthComputable = true) {
    this.upload.dispatchEvent(new ProgressEvent('progress', { loaded, total, lengthComputable }));
  }
  respond(status: number, body = '') {
    this.status = status;
    this.responseText = body;
    this.dispatchEvent(new Event('load'));
  }
}

const createRequest = () => new FakeXhr() as unknown as XMLHttpRequest;
const png = () => new File([new Uint8Array(2048)], 'bukti.png', { type: 'image/png' });

async function rejection(promise: Promise<unknown>): Promise<ScalevApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ScalevApiError);
    return error as ScalevApiError;
  }
  throw new Error('expected the upload to fail');
}

describe('uploadTransferProof', () => {
  it('PUTs the raw file with the announced Content-Type and no credentials, reporting progress', async () => {
    const file = png();
    const seen: UploadProgress[] = [];
    const done = uploadTransferProof(f.transferProofUpload.upload_url, file, {
      contentType: 'image/png',
      onProgress: (p) => seen.push(p),
      createRequest,
    });
    const xhr = FakeXhr.last!;
    expect(xhr.method).to.equal('PUT');
    expect(xhr.url).to.equal(f.transferProofUpload.upload_url);
    expect(xhr.async).to.equal(true);
    expect(xhr.withCredentials).to.equal(false);
    expect(xhr.headers).to.deep.equal({ 'Content-Type': 'image/png' });
    expect(xhr.sent).to.equal(file);
    xhr.progress(1024, 2048);
    xhr.progress(2048, 2048);
    xhr.respond(200);
    await done;
    expect(seen).to.deep.equal([
      { loaded: 1024, total: 2048, fraction: 0.5 },
      { loaded: 2048, total: 2048, fraction: 1 },
    ]);
  });

  it('falls back to the file size when the browser cannot compute the total', async () => {
    const seen: UploadProgress[] = [];
    const done = uploadTransferProof('https://storage.test/x', png(), { contentType: 'image/png', onProgress: (p) => seen.push(p), createRequest });
    FakeXhr.last!.progress(512, 0, false);
    FakeXhr.last!.respond(204);
    await done;
    expect(seen).to.deep.equal([{ loaded: 512, total: 2048, fraction: 0.25 }]);
  });

  it('rejects with kind "http" on a refused upload, keeping the presigned signature out of the error', async () => {
    const done = uploadTransferProof(f.transferProofUpload.upload_url, png(), { contentType: 'image/png', createRequest });
    FakeXhr.last!.respond(403, '<Error><Code>SignatureDoesNotMatch</Code></Error>');
    const error = await rejection(done);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(403);
    expect(error.body).to.contain('SignatureDoesNotMatch');
    expect(error.path).to.equal('https://storage.scalev.test/proofs/abc.png');
    expect(error.message).to.not.contain('X-Signature');
  });

  it('rejects with kind "network" when the connection fails', async () => {
    const done = uploadTransferProof('https://storage.test/x', png(), { contentType: 'image/png', createRequest });
    FakeXhr.last!.dispatchEvent(new Event('error'));
    expect((await rejection(done)).kind).to.equal('network');
  });

  it('sets the timeout and rejects with kind "timeout" when it fires', async () => {
    const done = uploadTransferProof('https://storage.test/x', png(), { contentType: 'image/png', createRequest, timeoutMs: 5_000 });
    expect(FakeXhr.last!.timeout).to.equal(5_000);
    FakeXhr.last!.dispatchEvent(new Event('timeout'));
    expect((await rejection(done)).kind).to.equal('timeout');
  });

  it('aborts the upload when the signal fires, and does not start on an aborted signal', async () => {
    const controller = new AbortController();
    const done = uploadTransferProof('https://storage.test/x', png(), { contentType: 'image/png', createRequest, signal: controller.signal });
    const xhr = FakeXhr.last!;
    controller.abort();
    expect(xhr.aborted).to.equal(true);
    expect((await rejection(done)).kind).to.equal('aborted');

    FakeXhr.last = null;
    const error = await rejection(
      uploadTransferProof('https://storage.test/x', png(), { contentType: 'image/png', createRequest, signal: controller.signal }),
    );
    expect(error.kind).to.equal('aborted');
    expect(FakeXhr.last).to.equal(null);
  });

  it('uses a real XMLHttpRequest by default (a PUT the test server refuses)', async () => {
    const error = await rejection(
      uploadTransferProof(`${location.origin}/__no_such_upload_target__`, png(), { contentType: 'image/png', timeoutMs: 5_000 }),
    );
    expect(error.kind).to.equal('http');
    expect(error.status).to.be.at.least(400);
  });
});

describe('transfer proof files', () => {
  it('accepts jpg, png and webp up to 10 MB and names what is wrong otherwise', () => {
    expect(checkTransferProofFile({ type: 'image/jpeg', size: 1 })).to.equal(null);
    expect(checkTransferProofFile({ type: 'image/webp', size: TRANSFER_PROOF_MAX_BYTES })).to.equal(null);
    expect(checkTransferProofFile({ type: 'image/gif', size: 10 })).to.equal('type');
    expect(checkTransferProofFile({ type: 'application/pdf', size: 10 })).to.equal('type');
    expect(checkTransferProofFile({ type: 'image/png', size: 0 })).to.equal('empty');
    expect(checkTransferProofFile({ type: 'image/png', size: TRANSFER_PROOF_MAX_BYTES + 1 })).to.equal('size');
  });

  it('builds the upload-URL request from the file', () => {
    expect(transferProofUploadRequest(png())).to.deep.equal({ filename: 'bukti.png', content_type: 'image/png', content_length: 2048 });
  });
});

describe('submitTransferProof', () => {
  it('asks for a URL, uploads with the same Content-Type, then sets transferproof_url on the order', async () => {
    const recorder = recordingFetch((request) =>
      request.method === 'POST' ? json(200, f.transferProofUpload) : json(200, { ...f.publicOrder, transferproof_url: f.transferProofUpload.file_url }),
    );
    const http = new ScalevHttp({ apiBase: f.API_BASE, storeId: f.STORE_ID, storefrontKey: f.STOREFRONT_KEY, fetch: recorder.fetch });
    const OriginalXhr = globalThis.XMLHttpRequest;
    // The flow creates its request internally: answer it as soon as it is sent.
    globalThis.XMLHttpRequest = class extends FakeXhr {
      override send(body?: Document | XMLHttpRequestBodyInit | null) {
        super.send(body);
        queueMicrotask(() => this.respond(200));
      }
    } as unknown as typeof XMLHttpRequest;
    try {
      const order = await submitTransferProof(http, f.SECRET_SLUG, png(), { transfer_time: '2026-01-01T10:00:00Z' });
      expect(order.transferproof_url).to.equal(f.transferProofUpload.file_url);
    } finally {
      globalThis.XMLHttpRequest = OriginalXhr;
    }
    expect(FakeXhr.last!.url).to.equal(f.transferProofUpload.upload_url);
    expect(FakeXhr.last!.headers).to.deep.equal({ 'Content-Type': 'image/png' });
    expect(recorder.requests.map((r) => [r.method, r.url.pathname.split('/').slice(-1)[0], r.body])).to.deep.equal([
      ['POST', 'transfer-proof-upload', { filename: 'bukti.png', content_type: 'image/png', content_length: 2048 }],
      ['PATCH', f.SECRET_SLUG, { transfer_time: '2026-01-01T10:00:00Z', transferproof_url: f.transferProofUpload.file_url }],
    ]);
  });

  it('does not touch the order when the upload fails', async () => {
    const recorder = recordingFetch(() => json(200, f.transferProofUpload));
    const http = new ScalevHttp({ apiBase: f.API_BASE, storeId: f.STORE_ID, storefrontKey: f.STOREFRONT_KEY, fetch: recorder.fetch });
    const OriginalXhr = globalThis.XMLHttpRequest;
    globalThis.XMLHttpRequest = class extends FakeXhr {
      override send(body?: Document | XMLHttpRequestBodyInit | null) {
        super.send(body);
        queueMicrotask(() => this.respond(500));
      }
    } as unknown as typeof XMLHttpRequest;
    try {
      const error = await rejection(submitTransferProof(http, f.SECRET_SLUG, png()));
      expect(error.status).to.equal(500);
    } finally {
      globalThis.XMLHttpRequest = OriginalXhr;
    }
    expect(recorder.requests.map((r) => r.method)).to.deep.equal(['POST']);
  });
});
