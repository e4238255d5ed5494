import type { ScormVersion } from '../../lms/cmi.ts';
import type { OpenScope } from './opening.svelte.ts';

/**
 * When an LMS launched the app (a SCORM package's launch page adds `?lms=<version>`), links the
 * session a route opened to it through `link` (a run's or a round's, each in the LMS chunk) and
 * releases the link with the route; otherwise, or with no LMS found, the session is as it was.
 */
export async function linkedIfLaunched<S>(
  scope: OpenScope,
  session: S,
  link: (version: ScormVersion) => Promise<{ session: S; end: () => void }>,
  search: string = location.search,
): Promise<S> {
  if (!search.includes('lms=')) return session;
  const { lmsVersionIn } = await import('../../lms/start.ts');
  const version = lmsVersionIn(search);
  if (!version) return session;
  const linked = await link(version);
  scope.onRelease(linked.end);
  return linked.session;
}
