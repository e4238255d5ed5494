// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Recordings } from '../../src/storage/recordings.ts';
import SpokenAnswer from '../../src/ui/speech/SpokenAnswer.svelte';
import SpeechMetrics from '../../src/ui/speech/SpeechMetrics.svelte';
import { axeViolations } from './axe.ts';

const props = { text: 'What I typed before', owner: 'run/s08/first', suggestedSeconds: 90 };

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The browser refuses (or lacks) the microphone with this DOMException name. */
function microphoneFails(name: string) {
  vi.stubGlobal('MediaRecorder', class {});
  vi.stubGlobal('navigator', { ...navigator, mediaDevices: { getUserMedia: () => Promise.reject(new DOMException('no', name)) } });
}

/** A SpeechRecognition whose available() answers `answer` for on-device use. */
function recognizer(answer: string) {
  // As in the browser, processLocally is an accessor on the prototype.
  class Fake {
    #local = false;
    get processLocally() {
      return this.#local;
    }
    set processLocally(value: boolean) {
      this.#local = value;
    }
    static available = vi.fn(async () => answer);
    static install = vi.fn(async () => true);
  }
  vi.stubGlobal('SpeechRecognition', Fake);
  return Fake;
}

describe('SpokenAnswer', () => {
  it.each([
    ['en', 'NotAllowedError', /not allowed to use the microphone/],
    ['vi', 'NotAllowedError', /chưa được phép dùng micrô/],
    ['en', 'NotFoundError', /No microphone was found/],
    ['vi', 'NotFoundError', /Không tìm thấy micrô/],
  ] as const)('%s, %s: says so, and the typed answer stays and can still be edited', async (locale, name, message) => {
    microphoneFails(name);
    const user = userEvent.setup();
    const view = render(SpokenAnswer, { ...props, locale });
    await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Record' : 'Ghi âm' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    const box = screen.getByRole('textbox');
    expect(box).toHaveValue('What I typed before');
    await user.type(box, ' and more');
    expect(box).toHaveValue('What I typed before and more');
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('says recording is impossible where the browser has no MediaRecorder', async () => {
    const user = userEvent.setup();
    render(SpokenAnswer, { ...props, locale: 'en' });
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/cannot record audio/);
  });

  it.each([
    ['no speech API', () => {}, /no speech recognition on this device for English/],
    ['only a recognizer that would send the voice away', () => vi.stubGlobal('webkitSpeechRecognition', class {}), /no speech recognition on this device/],
    ['recognition unavailable on the device', () => recognizer('unavailable'), /no speech recognition on this device/],
    ['recognition available on the device', () => recognizer('available'), /Speech recognition runs on this device/],
  ])('with %s, offers a live transcript only when it runs on the device', async (_, arrange, line) => {
    arrange();
    render(SpokenAnswer, { ...props, locale: 'en' });
    expect(await screen.findByText(line)).toBeInTheDocument();
  });

  it('asks about Vietnamese in Vietnamese, and offers to install it when it can be downloaded', async () => {
    const Fake = recognizer('downloadable');
    const user = userEvent.setup();
    render(SpokenAnswer, { ...props, locale: 'vi' });
    const install = await screen.findByRole('button', { name: 'Tải tính năng nhận dạng tiếng Việt về thiết bị này' });
    expect(Fake.available).toHaveBeenCalledWith({ langs: ['vi-VN'], processLocally: true });
    Fake.available.mockResolvedValueOnce('available');
    await user.click(install);
    expect(Fake.install).toHaveBeenCalledWith({ langs: ['vi-VN'], processLocally: true });
    expect(await screen.findByText(/chạy trên chính thiết bị này/)).toBeInTheDocument();
  });

  it('says what a good length is, from the line given or from the seconds', () => {
    const view = render(SpokenAnswer, { ...props, locale: 'en', suggestedLengthLine: 'Two minutes is plenty.' });
    expect(screen.getByText('Two minutes is plenty.')).toBeInTheDocument();
    view.unmount();
    render(SpokenAnswer, { ...props, locale: 'vi' });
    expect(screen.getByText('Một câu trả lời tốt ở đây dài khoảng 1:30 (phút:giây).')).toBeInTheDocument();
  });
});

describe('SpeechMetrics', () => {
  it('gives length, pace and fillers in English', async () => {
    const view = render(SpeechMetrics, { locale: 'en', text: 'Um, I would call, you know, each of them.', seconds: 6 });
    expect(screen.getByRole('heading', { name: 'About your answer' })).toBeInTheDocument();
    expect(screen.getByText('Length: 9 words')).toBeInTheDocument();
    expect(screen.getByText('Pace: 90 words a minute over 0:06')).toBeInTheDocument();
    expect(screen.getByText('Filler words: 2 (“um” × 1 and “you know” × 1)')).toBeInTheDocument();
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('gives no pace for a typed answer, in Vietnamese', () => {
    render(SpeechMetrics, { locale: 'vi', text: 'Dạ, em sẽ gọi cho từng người.' });
    expect(screen.getByText('Độ dài: 7 từ')).toBeInTheDocument();
    expect(screen.queryByText(/Tốc độ/)).toBeNull();
    expect(screen.getByText('Từ đệm: không có')).toBeInTheDocument();
  });
});

/** A microphone and a MediaRecorder that hand back `bytes` of audio on stop. */
function fakeMicrophone(bytes = 2048) {
  const stopped = vi.fn();
  class FakeRecorder {
    static isTypeSupported = (type: string) => type === 'audio/webm;codecs=opus';
    mimeType = 'audio/webm;codecs=opus';
    state = 'inactive';
    ondataavailable: ((e: { data: Blob }) => void) | null = null;
    onstop: (() => void) | null = null;
    onerror: (() => void) | null = null;
    start() {
      this.state = 'recording';
    }
    stop() {
      this.state = 'inactive';
      this.ondataavailable?.({ data: new Blob([new Uint8Array(bytes)], { type: this.mimeType }) });
      this.onstop?.();
    }
  }
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  vi.stubGlobal('navigator', { ...navigator, mediaDevices: { getUserMedia: async () => ({ getTracks: () => [{ stop: stopped }] }) } });
  URL.createObjectURL = vi.fn(() => 'blob:take');
  URL.revokeObjectURL = vi.fn();
  return { stopped };
}

function memoryStore(fail?: string) {
  const map = new Map<string, unknown>();
  return new Recordings({
    get: async (k) => map.get(k),
    set: async (k, v) => {
      if (fail) throw new DOMException('no room', fail);
      map.set(k, v);
    },
    del: async (k) => void map.delete(k),
    entries: async () => [...map],
    clear: async () => map.clear(),
  });
}

describe('SpokenAnswer: record, stop, keep', () => {
  it('records, plays back and keeps the take in the store; the microphone is released', async () => {
    const { stopped } = fakeMicrophone();
    const store = memoryStore();
    const user = userEvent.setup();
    const view = render(SpokenAnswer, { ...props, locale: 'en', store });
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByRole('timer')).toHaveTextContent(/^0:00 of about 1:30$/);
    expect(screen.getByRole('meter', { name: 'Microphone level' })).toBeInTheDocument();
    expect(screen.getByText('No sound yet: speak, or check the microphone.')).toBeInTheDocument();
    expect(await axeViolations(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(view.container.querySelector('audio[controls]')).toHaveAttribute('src', 'blob:take');
    expect(stopped).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Keep this recording' }));
    expect(await screen.findByText(/^Recording kept in this browser/)).toBeInTheDocument();
    expect(await store.list()).toMatchObject([{ owner: 'run/s08/first', size: 2048, mimeType: 'audio/webm;codecs=opus' }]);
    expect(screen.getByRole('button', { name: 'Record again' })).toBeInTheDocument();
  });

  it.each([
    ['en', 'QuotaExceededError', /^The disk is full, so this recording was not kept/],
    ['vi', 'QuotaExceededError', /^Ổ đĩa đã đầy nên bản ghi này chưa được giữ/],
    ['en', 'UnknownError', /^This browser could not keep the recording/],
  ] as const)('%s: a %s says so and keeps the typed answer', async (locale, name, message) => {
    fakeMicrophone();
    const user = userEvent.setup();
    render(SpokenAnswer, { ...props, locale, store: memoryStore(name) });
    await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Record' : 'Ghi âm' }));
    await user.click(await screen.findByRole('button', { name: locale === 'en' ? 'Stop' : 'Dừng' }));
    await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Keep this recording' : 'Giữ bản ghi này' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('textbox')).toHaveValue('What I typed before');
  });
});
