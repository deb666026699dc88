/**
 * A `fetch` stand-in for `HttpConfig.fetch` that records exactly what the client put on the wire
 * and answers through a responder, so tests can check requests byte for byte.
 */
export interface RecordedRequest {
  method: string;
  url: URL;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The raw body string, or `undefined` when none was sent. */
  rawBody: string | undefined;
  /** The body parsed as JSON, or `undefined`. */
  body: unknown;
  credentials: RequestCredentials | undefined;
  mode: RequestMode | undefined;
}

export type Responder = (request: RecordedRequest) => Response | Promise<Response>;

export interface Recorder {
  fetch: typeof fetch;
  requests: RecordedRequest[];
}

export function recordingFetch(responder: Responder): Recorder {
  const requests: RecordedRequest[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const rawBody = typeof init.body === 'string' ? init.body : undefined;
    if (init.body !== undefined && init.body !== null && rawBody === undefined) {
      throw new Error('The client sent a non-string body');
    }
    const recorded: RecordedRequest = {
      method: init.method ?? 'GET',
      url: new URL(String(input)),
      headers,
      rawBody,
      body: rawBody === undefined ? undefined : JSON.parse(rawBody),
      credentials: init.credentials,
      mode: init.mode,
    };
    requests.push(recorded);
    const signal = init.signal;
    if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const answer = Promise.resolve(responder(recorded));
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      signal.addEventListener('abort', onAbort, { once: true });
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }) as typeof fetch;
  return { fetch: fetchImpl, requests };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain', ...headers } });
}

export function noContent(headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers });
}

/** A responder that never answers (until the request is aborted). */
export function never(): Promise<Response> {
  return new Promise(() => {});
}
