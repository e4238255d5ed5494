import { untrack } from 'svelte';
import type { AnyActorRef } from 'xstate';
import { describeError } from '../../storage/notices.ts';
import { claimInThisTab } from '../shared/tab-claim.ts';
import { watch } from '../watch.svelte.ts';

/** What a route's `open` is given: the way to hold what it opens, and to say why it cannot open. */
export interface OpenScope {
  /** True once the route was left (or reopened) while `open` was still waiting. */
  readonly cancelled: boolean;
  /** Runs when the route is left or reopened: stop the actor, close the channel. */
  onRelease(release: () => void): void;
  /** The newest tab to open `key` keeps it (tab-claim.ts); here `stop` runs and the page says so. */
  claim(key: string, stop: () => void): void;
  /**
   * Holds a session the route opened (a run, a round, a workshop), as `onRelease` and `claim`
   * together: `stop` runs when the route is left and when another tab opens `key`. Gives the
   * session with its actor watched, as the route's screen takes it.
   */
  session<S extends { actor: AnyActorRef }>(key: string, session: S, stop: () => void): Held<S>;
}

/** A session held by its route, and its actor's snapshot read reactively. */
export interface Held<S extends { actor: AnyActorRef }> {
  session: S;
  watched: ReturnType<typeof watch<S['actor']>>;
}

/** The route cannot show what was asked for (an unknown scenario, a deleted result): said in `message`. */
export class RouteProblem extends Error {}

/**
 * One route's loading, from "Loading…" to its screen: the value `open` resolves to, or
 * the problem, or the error that stopped it. Created while its route component
 * initialises; runs `open` again on `reopen()` (after "start over", or to take a run
 * back from another tab) and releases what it opened when the component goes.
 */
export class Opening<T> {
  value = $state.raw<T>();
  problem = $state<string>();
  error = $state<string>();
  /** Another tab opened what this route holds: this one stopped saving. */
  takenOver = $state(false);
  #generation = $state(0);

  constructor(open: (scope: OpenScope) => Promise<T>) {
    $effect(() => {
      void this.#generation;
      const releases: (() => void)[] = [];
      // What is opened after the route was left is released at once: nothing outlives its route.
      const hold = (release: () => void) => (scope.cancelled ? release() : releases.push(release));
      const claim = (key: string, stop: () => void) =>
        hold(
          claimInThisTab(key, () => {
            stop();
            this.takenOver = true;
          }),
        );
      const scope: OpenScope & { cancelled: boolean } = {
        cancelled: false,
        onRelease: hold,
        claim,
        session(key, session, stop) {
          hold(stop);
          claim(key, stop);
          return { session, watched: watch(session.actor) };
        },
      };
      untrack(() => {
        this.value = undefined;
        this.problem = undefined;
        this.error = undefined;
        this.takenOver = false;
      });
      // Props read by `open` are the route's: the component is remade for another route, so nothing here is tracked.
      untrack(() => open(scope)).then(
        (value) => {
          if (!scope.cancelled) this.value = value;
        },
        (error: unknown) => {
          if (scope.cancelled) return;
          if (error instanceof RouteProblem) this.problem = error.message;
          else this.error = describeError(error);
        },
      );
      return () => {
        scope.cancelled = true;
        for (const release of releases) release();
      };
    });
  }

  /** Opens the route afresh. */
  reopen() {
    this.#generation++;
  }
}
