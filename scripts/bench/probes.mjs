// In-page probes for the choice and save benches, installed before the app's scripts
// (`ctx.newPage({ init: [[probes, SAVED]] })`). `arm(key)` starts a measurement that the next
// keydown of `key` opens; `result()` resolves once the new answer is painted (a MutationObserver
// sees `.transcript .answer` grow, then requestAnimationFrame and a MessageChannel message posted
// from it: that frame's rendering is done) and the step saved (`.save-state` reads SAVED). Also
// the browser's own Event Timing for the keydown, the app's IndexedDB put and its commit, and
// when the start screen's history first shows and is painted.
export const SAVED = 'Progress saved in this browser.';

export function probes(SAVED) {
  const answers = () => document.querySelectorAll('.transcript .answer').length;
  const saveState = () => document.querySelector('.save-state')?.textContent?.trim();
  const events = [];
  let current;
  const history = {};

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') events.push({ startTime: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // no Event Timing: the in-page figures stand alone
  }

  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const m = current;
    if (m && m.keydown !== undefined && m.put === undefined) {
      m.put = performance.now();
      this.transaction.addEventListener('complete', () => (m.committed = performance.now()));
    }
    return put.apply(this, args);
  };

  addEventListener(
    'keydown',
    (event) => {
      if (current && current.keydown === undefined && event.key === current.key) {
        current.keydown = performance.now();
        current.timeStamp = event.timeStamp;
      }
    },
    true,
  );

  const afterPaint = (fn) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = fn;
      channel.port2.postMessage(0);
    });

  const finish = (m) => {
    if (m.painted === undefined || m.nextFrame === undefined || m.saved === undefined) return;
    clearTimeout(m.timer);
    const event = events.find((e) => Math.abs(e.startTime - m.timeStamp) < 1);
    m.resolve({
      key: m.key,
      toDom: m.dom - m.keydown,
      toPaint: m.painted - m.keydown,
      toNextFrame: m.nextFrame - m.keydown,
      toSaved: m.saved - m.keydown,
      toPut: m.put === undefined ? null : m.put - m.keydown,
      putToCommit: m.committed === undefined ? null : m.committed - m.put,
      inputDelay: m.keydown - m.timeStamp,
      eventTiming: event ? event.duration : null,
    });
  };

  new MutationObserver(() => {
    const h = document.querySelector('section[aria-labelledby="history-title"]');
    if (h && history.shown === undefined) {
      history.shown = performance.now();
      history.items = h.querySelectorAll('ul.history > li').length;
      afterPaint(() => (history.painted = performance.now()));
    }
    const m = current;
    if (!m || m.keydown === undefined) return;
    if (m.dom === undefined && answers() > m.before) {
      m.dom = performance.now();
      afterPaint(() => {
        m.painted = performance.now();
        finish(m);
      });
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          m.nextFrame = performance.now();
          finish(m);
        }),
      );
    }
    if (m.dom !== undefined && m.saved === undefined && saveState() === SAVED) {
      m.saved = performance.now();
      finish(m);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });

  window.__bench = {
    arm(key) {
      let resolve;
      const promise = new Promise((r) => (resolve = r));
      current = { key, before: answers(), resolve, promise };
      current.timer = setTimeout(() => resolve({ key, error: `no painted and saved answer 15 s after key ${key} (answers ${answers()}, save state "${saveState()}")` }), 15_000);
    },
    result: () => current.promise,
    history: () => history,
  };
}

/**
 * Answers one decision by number key: the key showing the option with this text (options are
 * shuffled per run), waiting until it is painted and saved, as a person reading on would.
 */
export async function decide(page, text, decision) {
  await page.locator('.options').waitFor({ state: 'visible', timeout: 15_000 });
  const key = await page.evaluate((text) => {
    const shown = [...document.querySelectorAll('.options .option')].map((b) => b.lastElementChild?.textContent?.trim());
    return shown.indexOf(text) + 1;
  }, text);
  if (!key) throw new Error(`decision ${decision}: no option on screen reads "${text}"`);
  await page.evaluate((key) => window.__bench.arm(key), String(key));
  await page.keyboard.press(String(key));
  const result = await page.evaluate(() => window.__bench.result());
  if (result.error) throw new Error(`decision ${decision}: ${result.error}`);
  return result;
}
