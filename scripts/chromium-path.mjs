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
