#!/usr/bin/env node
/**
 * `npm start`: the demo storefront, offline, no keys. Starts the mock Scalev API on 127.0.0.1
 * (a second origin, so the demo is a real cross-origin embed) and the Vite dev server for index.html.
 */
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { startMock } from './mock-runtime.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const mockPort = Number(process.env.SCALEV_MOCK_PORT ?? 8787);
const demoPort = Number(process.env.PORT ?? 5173);

const mock = await startMock({ port: mockPort });
process.env.VITE_SCALEV_API_BASE = mock.url;

const server = await createServer({
  root,
  configFile: `${root}vite.config.ts`,
  server: { host: '127.0.0.1', port: demoPort, strictPort: false, open: false },
});
await server.listen();
const address = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${demoPort}/`;
process.stdout.write(
  `\n  Toko Nusantara demo:   ${address}\n  Mock Scalev API:       ${mock.url}\n  Demo customer:         budi@example.com / rahasia123 (OTP 123456)\n\n  Ctrl+C to stop.\n`,
);

const stop = async () => {
  await server.close();
  await mock.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
