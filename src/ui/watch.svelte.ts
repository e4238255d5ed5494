import { createSubscriber } from 'svelte/reactivity';
import type { AnyActorRef, SnapshotFrom } from 'xstate';

/**
 * Reads an actor's snapshot reactively. Snapshots are immutable objects with
 * methods, so they are read through a subscriber rather than deep-proxied $state.
 */
export function watch<A extends AnyActorRef>(actor: A) {
  const track = createSubscriber((update) => actor.subscribe(update).unsubscribe);
  return {
    get snapshot(): SnapshotFrom<A> {
      track();
      return actor.getSnapshot();
    },
  };
}
