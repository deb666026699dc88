#!/usr/bin/env node
/**
 * `npm run mock`: the mock Scalev Storefront API v3 on http://127.0.0.1:8787 for people building their
 * own pages. Options:
 *
 *   --port <n>        port (default 8787; 0 = any free port)
 *   --host <h>        interface (default 127.0.0.1)
 *   --latency <ms>    added to every answer
 *   --otp             customer login asks for an OTP (the demo customer's is 123456)
 *   --items <n>       pad the catalogue to n items
 *   --origin <o>      allowed CORS origin (repeatable; default any localhost / 127.0.0.1 port; '*' = any)
 *   --log             print every request
 */
import { pathToFileURL } from 'node:url';
import { startMock } from './mock-runtime.mjs';

export { startMock } from './mock-runtime.mjs';

export function parseArgs(argv) {
  const options = {};
  const origins = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    switch (arg) {
      case '--port':
        options.port = Number(next());
        break;
      case '--host':
        options.host = next();
        break;
      case '--latency':
        options.latencyMs = Number(next());
        break;
      case '--otp':
        options.otpRequired = true;
        break;
      case '--items':
        options.itemCount = Number(next());
        break;
      case '--origin':
        origins.push(next());
        break;
      case '--log':
        options.log = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`Unknown option ${arg} (try --help)`);
    }
  }
  if (origins.length > 0) options.allowedOrigins = origins.includes('*') ? '*' : origins;
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  if (options.help) {
    console.log('Usage: npm run mock -- [--port 8787] [--host 127.0.0.1] [--latency ms] [--otp] [--items n] [--origin url] [--log]');
    return;
  }
  const { help: _help, ...serverOptions } = options;
  const server = await startMock({ port: 8787, ...serverOptions });
  const { options: live } = server.mock;
  console.log(
    [
      '',
      '  Mock Scalev Storefront API v3',
      `  API base:        ${server.url}`,
      `  Store id:        ${live.storeId}`,
      `  Storefront key:  ${live.storefrontKey}`,
      `  Demo login:      budi@example.com / rahasia123${live.otpRequired ? ' (OTP 123456)' : ''}`,
      `  Try:             curl -H 'X-Scalev-Storefront-Api-Key: ${live.storefrontKey}' ${server.url}/v3/stores/${live.storeId}/public/items`,
      `  Test controls:   ${server.url}/__mock/state  (POST /__mock/reset, /__mock/options, /__mock/faults)`,
      '',
      '  Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
