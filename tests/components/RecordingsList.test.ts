// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Recordings, type RecordingBackend } from '../../src/storage/recordings.ts';
import RecordingsList from '../../src/ui/speech/RecordingsList.svelte';
import { axeViolations } from './axe.ts';

function store({ failDelete = false } = {}) {
  const map = new Map<string, unknown>();
  const backend: RecordingBackend = {
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    del: async (k) => {
      if (failDelete) throw new DOMException('The disk is busy.', 'UnknownError');
      map.delete(k);
    },
    entries: async () => [...map],
    clear: async () => map.clear(),
  };
  return new Recordings(backend);
}

const audio = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'audio/webm' });
const DAY = Date.UTC(2026, 11, 5, 9, 0);

beforeEach(() => {
  // jsdom has no object URLs.
  URL.createObjectURL = vi.fn(() => 'blob:fake');
  URL.revokeObjectURL = vi.fn();
});

describe('RecordingsList', () => {
  it('shows how much space recordings take, plays and deletes one, then all (en)', async () => {
    const recordings = store();
    await recordings.save('run/clash/first', 'a', audio(300 * 1024), 3000, DAY);
    await recordings.save('practice/q1', 'b', audio(100 * 1024), 65_000, DAY + 1);
    const user = userEvent.setup();
    const view = render(RecordingsList, { locale: 'en', store: recordings, titleOf: (id: string) => (id === 'clash' ? 'Clashing appointments' : id) });
    expect(await screen.findByText('2 recordings, 400 KB in this browser.')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^Question practice, .*, 1:05/);
    expect(items[1]).toHaveTextContent(/^Roleplay answer: Clashing appointments, .*, 0:03/);
    expect(view.container.querySelectorAll('audio[controls]')).toHaveLength(2);
    expect(await axeViolations(view.container)).toEqual([]);

    await user.click(within(items[0]!).getByRole('button', { name: /^Delete the recording: Question practice/ }));
    expect(await screen.findByText('1 recording, 300 KB in this browser.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Recording deleted.');

    vi.stubGlobal('confirm', () => true);
    await user.click(screen.getByRole('button', { name: 'Delete all recordings' }));
    expect(await screen.findByText('No recordings kept.')).toBeInTheDocument();
    expect(await recordings.list()).toEqual([]);
    vi.unstubAllGlobals();
  });

  it('keeps them when "delete all" is not confirmed, in Vietnamese', async () => {
    const recordings = store();
    await recordings.save('practice/q1', 'b', audio(2 * 1024 * 1024), 1000, DAY);
    const user = userEvent.setup();
    const view = render(RecordingsList, { locale: 'vi', store: recordings });
    expect(await screen.findByRole('heading', { name: 'Bản ghi âm' })).toBeInTheDocument();
    expect(await screen.findByText('1 bản ghi, chiếm 2,0 MB trong trình duyệt này.')).toBeInTheDocument();
    vi.stubGlobal('confirm', () => false);
    await user.click(screen.getByRole('button', { name: 'Xoá mọi bản ghi âm' }));
    expect(await recordings.list()).toHaveLength(1);
    vi.unstubAllGlobals();
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it.each([
    ['en', 'practice', 'The practice is deleted, but its recording could not be (UnknownError: busy). It is still listed below, to delete here.'],
    ['vi', 'run', 'Đã xoá lượt này khỏi lịch sử, nhưng chưa xoá được bản ghi âm của nó (UnknownError: busy). Bản ghi vẫn có trong danh sách dưới đây, bạn có thể xoá ở đó.'],
  ] as const)('says when a practice or run was deleted and its recording was not (%s, %s)', async (locale, of, text) => {
    const view = render(RecordingsList, { locale, store: store(), left: { of, detail: 'UnknownError: busy' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it.each([
    ['en', /^Delete the recording: Question practice/, 'The recording could not be deleted (UnknownError: The disk is busy.). Try again later.'],
    ['vi', /^Xoá bản ghi: Luyện câu hỏi/, 'Chưa xoá được bản ghi (UnknownError: The disk is busy.). Bạn hãy thử lại sau.'],
  ] as const)('says when a recording cannot be deleted, and keeps it listed (%s)', async (locale, name, text) => {
    const recordings = store({ failDelete: true });
    await recordings.save('practice/q1', 'b', audio(1024), 3000, DAY);
    const user = userEvent.setup();
    render(RecordingsList, { locale, store: recordings });
    const button = await screen.findByRole('button', { name });
    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(await recordings.list()).toHaveLength(1);
  });
});
