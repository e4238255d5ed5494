import { describe, expect, it, vi } from 'vitest';
import type { StorageNotice } from '../storage/notices.ts';
import { resume, type Resumable } from './resume.ts';

interface Saved {
  contentHash: string;
  status: string;
}

/** A session whose actor's status is the saved record's (as XState restores a snapshot that does not fit with 'error'). */
const session = (saved: Saved | undefined): Resumable & { saved: Saved | undefined } => ({
  saved,
  actor: { getSnapshot: () => ({ status: saved?.status ?? 'active' }) },
  stop: vi.fn(),
});

function open(saved: Saved | undefined, fits?: (s: ReturnType<typeof session>) => boolean) {
  const asides: [string, unknown, StorageNotice][] = [];
  const built: ReturnType<typeof session>[] = [];
  const repository = { setAside: async (key: string, record: unknown, notice: StorageNotice) => void asides.push([key, record, notice]) };
  const create = (s: Saved | undefined) => (built.push(session(s)), built.at(-1)!);
  const opened = resume({ repository, key: 'run/x', contentId: 'x', contentHash: 'h1', saved, create, fits, what: 'scenario' });
  return { opened, asides, built };
}

describe('resume', () => {
  it('opens saved work that fits, setting nothing aside', async () => {
    const saved = { contentHash: 'h1', status: 'active' };
    const { opened, asides, built } = open(saved);
    expect((await opened).saved).toBe(saved);
    expect(asides).toEqual([]);
    expect(built).toHaveLength(1);
  });

  it('starts afresh with nothing saved', async () => {
    const { opened, asides } = open(undefined);
    expect((await opened).saved).toBeUndefined();
    expect(asides).toEqual([]);
  });

  it('sets aside work saved on other content, and starts afresh without building on it', async () => {
    const saved = { contentHash: 'h0', status: 'active' };
    const { opened, asides, built } = open(saved);
    expect((await opened).saved).toBeUndefined();
    expect(asides).toEqual([['run/x', saved, { code: 'content-changed', contentId: 'x' }]]);
    expect(built).toHaveLength(1);
  });

  it.each([
    ['restores with status error', { contentHash: 'h1', status: 'error' }, undefined],
    ['fails the session\'s own check', { contentHash: 'h1', status: 'active' }, () => false],
  ])('sets aside a record that %s, stops the session built on it, and starts afresh', async (_, saved, fits) => {
    const { opened, asides, built } = open(saved, fits);
    const fresh = await opened;
    expect(fresh.saved).toBeUndefined();
    expect(asides).toEqual([['run/x', saved, { code: 'corrupt-record', key: 'run/x', detail: 'the saved step does not fit this scenario' }]]);
    expect(built[0]!.stop).toHaveBeenCalledOnce();
    expect(fresh.stop).not.toHaveBeenCalled();
  });
});
