// `npm test` runs the browser tests too; without Chromium they cannot run, and they must
// never be skipped silently. Fail early with how to install it.
import { chromiumPath } from './chromium-path.mjs';

const found = chromiumPath();
if (!found) {
  console.error(
    [
      'No Chromium found: the end-to-end tests need it and will not be skipped.',
      'Install Debian\'s package:   sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
