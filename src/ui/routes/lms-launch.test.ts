import { describe, expect, it, vi } from 'vitest';
import { linkedIfLaunched } from './lms-launch.ts';
import type { OpenScope } from './opening.svelte.ts';

const scope = () => ({ cancelled: false, onRelease: vi.fn(), claim: vi.fn(), session: vi.fn() }) satisfies OpenScope;

describe('a route’s session, linked when an LMS launched the app', () => {
  it('is linked through the kind’s link with the version asked for, and the link released with the route', async () => {
    const s = scope();
    const end = vi.fn();
    const link = vi.fn(async () => ({ session: 'linked', end }));
    expect(await linkedIfLaunched(s, 'opened', link, '?lms=2004')).toBe('linked');
    expect(link).toHaveBeenCalledWith('2004');
    expect(s.onRelease).toHaveBeenCalledWith(end);
  });

  it.each(['', '?other=1', '?lms=3'])('is left as it was with no known SCORM version in the URL (%j)', async (search) => {
    const s = scope();
    const link = vi.fn(async () => ({ session: 'linked', end: () => {} }));
    expect(await linkedIfLaunched(s, 'opened', link, search)).toBe('opened');
    expect(link).not.toHaveBeenCalled();
    expect(s.onRelease).not.toHaveBeenCalled();
  });
});
