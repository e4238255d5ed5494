// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Router } from './router.svelte.ts';

const hashChange = (hash: string) => {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

describe('Router', () => {
  it('follows the hash, and stops once disposed', () => {
    hashChange('#/progress');
    const router = new Router();
    expect(router.route).toEqual({ name: 'progress' });
    hashChange('#/calibrate');
    expect(router.route).toEqual({ name: 'calibration-list' });
    router.dispose();
    hashChange('#/calibrate/cal-x');
    expect(router.route).toEqual({ name: 'calibration-list' });
  });
});
