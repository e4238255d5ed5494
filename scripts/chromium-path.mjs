import { accessSync, constants } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The system Chromium to drive: CHROMIUM_PATH if set, else Debian's package paths. Never downloads one. */
export function chromiumPath() {
  const list = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : candidates;
  for (const path of list) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next
    }
  }
  return undefined;
}

/**
 * Flags for every Chromium the project drives (tests, Lighthouse, benchmarks): no sandbox in
 * containers, no GPU, and nothing that reaches out to Google's services, which this
 * machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
