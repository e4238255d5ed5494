import { createSubscriber } from 'svelte/reactivity';
import type { Repository } from '../storage/repository.ts';

/**
 * The repository's notices, and whether it now keeps data in memory only, as reactive
 * state: a failed write switches it to memory and adds a notice in the same step.
 */
export function watchNotices(repository: Repository) {
  const track = createSubscriber((update) => repository.subscribe(update));
  return {
    get notices() {
      track();
      return repository.notices;
    },
    get inMemory() {
      track();
      return repository.kind === 'memory';
    },
  };
}
