import { createSubscriber } from 'svelte/reactivity';
import type { Repository } from '../storage/repository.ts';

/** The repository's notices as reactive state for the banner. */
export function watchNotices(repository: Repository) {
  const track = createSubscriber((update) => repository.subscribe(update));
  return {
    get notices() {
      track();
      return repository.notices;
    },
  };
}
