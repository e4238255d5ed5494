// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { Opening, RouteProblem, type OpenScope } from './opening.svelte.ts';

/** Creates an Opening inside an effect root, as a route component does; returns it and the root's teardown. */
function opened<T>(open: (scope: OpenScope) => Promise<T>) {
  let opening!: Opening<T>;
  const destroy = $effect.root(() => {
    opening = new Opening(open);
  });
  flushSync();
  return { opening, destroy };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Opening: a route from "Loading…" to its screen', () => {
  it('holds the value once open resolves', async () => {
    const { opening, destroy } = opened(async () => 42);
    expect(opening.value).toBeUndefined();
    await settle();
    expect(opening.value).toBe(42);
    destroy();
  });

  it('a RouteProblem is the route problem, any other error a load failure with its detail', async () => {
    const problem = opened(async () => {
      throw new RouteProblem('No scenario called “x”.');
    });
    const failure = opened(async () => {
      throw new RangeError('Invalid time value');
    });
    await settle();
    expect(problem.opening.problem).toBe('No scenario called “x”.');
    expect(problem.opening.error).toBeUndefined();
    expect(failure.opening.error).toContain('Invalid time value');
    problem.destroy();
    failure.destroy();
  });

  it('releases what it opened when the route is left, and on reopen opens afresh', async () => {
    const release = vi.fn();
    let opens = 0;
    const { opening, destroy } = opened(async (scope) => {
      scope.onRelease(release);
      return ++opens;
    });
    await settle();
    opening.reopen();
    flushSync();
    expect(release).toHaveBeenCalledTimes(1);
    await settle();
    expect(opening.value).toBe(2);
    destroy();
    expect(release).toHaveBeenCalledTimes(2);
  });

  it('what is opened after the route was left is released at once, and its value never shows', async () => {
    const release = vi.fn();
    let finish!: () => void;
    const { opening, destroy } = opened(async (scope) => {
      await new Promise<void>((resolve) => (finish = resolve));
      scope.onRelease(release);
      return 'late';
    });
    destroy();
    finish();
    await settle();
    expect(release).toHaveBeenCalledTimes(1);
    expect(opening.value).toBeUndefined();
  });

  it('a session it holds is stopped when the route is left, and when another tab opens the same key (the page says so)', async () => {
    const { createActor, createMachine } = await import('xstate');
    const stop = vi.fn();
    const session = { actor: createActor(createMachine({})).start() };
    const { opening, destroy } = opened(async (scope) => scope.session('run/clash', session, stop));
    await settle();
    expect(opening.value?.session).toBe(session);
    expect(opening.value?.watched.snapshot.status).toBe('active');

    // Another tab claims the run: this one stops saving it and says it was taken over.
    const other = new BroadcastChannel('interview-roleplay/tabs');
    other.postMessage({ type: 'claim', key: 'run/clash', tab: 'another tab' });
    await vi.waitFor(() => expect(opening.takenOver).toBe(true));
    expect(stop).toHaveBeenCalledTimes(1);
    other.close();

    destroy();
    expect(stop).toHaveBeenCalledTimes(2);
  });
});

