import { describe, expect, it, vi } from 'vitest';
import { detectLocalRecognition, installLocalRecognition, startLocalTranscript, transcriptOf, type Availability, type RecognizerLike } from './recognition.ts';

/** A fake recognizer class: `available` answers with `answer`; `local` decides whether instances have `processLocally`. */
function fakeRecognizer(answer: Availability | Error, { local = true, install = true }: { local?: boolean; install?: boolean } = {}) {
  const started: RecognizerLike[] = [];
  class Fake {
    lang = '';
    continuous = false;
    interimResults = false;
    onresult: RecognizerLike['onresult'] = null;
    onerror: RecognizerLike['onerror'] = null;
    onend: RecognizerLike['onend'] = null;
    start() {
      started.push(this as unknown as RecognizerLike);
    }
    stop() {}
    abort() {}
    static available = vi.fn(async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    });
    static install = install ? vi.fn(async () => true) : undefined;
  }
  if (local) Object.defineProperty(Fake.prototype, 'processLocally', { value: false, writable: true });
  return { Fake, started };
}

describe('detectLocalRecognition', () => {
  it.each(['vi', 'en'] as const)('offers a transcript when recognition is available on the device (%s)', async (locale) => {
    const { Fake } = fakeRecognizer('available');
    const found = await detectLocalRecognition({ SpeechRecognition: Fake }, locale);
    expect(found).toMatchObject({ kind: 'ready', lang: locale === 'vi' ? 'vi-VN' : 'en-US' });
    expect(Fake.available).toHaveBeenCalledWith({ langs: [locale === 'vi' ? 'vi-VN' : 'en-US'], processLocally: true });
  });

  it.each(['downloadable', 'downloading'] as const)('offers to install the language when it is %s', async (answer) => {
    const { Fake } = fakeRecognizer(answer);
    expect(await detectLocalRecognition({ SpeechRecognition: Fake }, 'vi')).toMatchObject({ kind: 'installable', lang: 'vi-VN' });
  });

  it.each([
    ['no API at all', {}, 'no-api'],
    ['only the prefixed recognizer, which sends audio to a server', { webkitSpeechRecognition: class {} }, 'cloud-only'],
    ['a recognizer without processLocally', { SpeechRecognition: fakeRecognizer('available', { local: false }).Fake }, 'cloud-only'],
    ['a recognizer without available()', { SpeechRecognition: class { processLocally = false; } }, 'cloud-only'],
    ['unavailable on the device', { SpeechRecognition: fakeRecognizer('unavailable').Fake }, 'unavailable'],
    ['available() throws (permissions policy)', { SpeechRecognition: fakeRecognizer(new Error('NotAllowedError')).Fake }, 'unavailable'],
    ['downloadable but no install()', { SpeechRecognition: fakeRecognizer('downloadable', { install: false }).Fake }, 'unavailable'],
  ])('offers none with %s', async (_, scope, reason) => {
    expect(await detectLocalRecognition(scope, 'en')).toEqual({ kind: 'none', reason });
  });
});

describe('installLocalRecognition', () => {
  it('installs for the language, then checks it is local', async () => {
    const { Fake } = fakeRecognizer('downloadable');
    const found = await detectLocalRecognition({ SpeechRecognition: Fake }, 'vi');
    Fake.available.mockResolvedValueOnce('available');
    expect(await installLocalRecognition(found as Extract<typeof found, { kind: 'installable' }>)).toBe(true);
    expect(Fake.install).toHaveBeenCalledWith({ langs: ['vi-VN'], processLocally: true });
  });

  it('says no when the install fails', async () => {
    const { Fake } = fakeRecognizer('downloadable');
    const found = await detectLocalRecognition({ SpeechRecognition: Fake }, 'en');
    Fake.install!.mockResolvedValueOnce(false);
    expect(await installLocalRecognition(found as Extract<typeof found, { kind: 'installable' }>)).toBe(false);
  });
});

describe('startLocalTranscript', () => {
  it('starts a local, continuous recognizer in the language and passes the whole transcript on', async () => {
    const { Fake, started } = fakeRecognizer('available');
    const found = await detectLocalRecognition({ SpeechRecognition: Fake }, 'vi');
    const texts: string[] = [];
    expect(startLocalTranscript(found as Extract<typeof found, { kind: 'ready' }>, (t) => texts.push(t), () => {})).not.toBeNull();
    const [recognizer] = started;
    expect(recognizer).toMatchObject({ lang: 'vi-VN', processLocally: true, continuous: true, interimResults: true });
    const result = (transcript: string, isFinal: boolean) => Object.assign([{ transcript }], { isFinal });
    recognizer!.onresult!({ resultIndex: 0, results: [result('Tôi sẽ', true), result(' gọi ', false)] });
    expect(texts).toEqual(['Tôi sẽ gọi']);
  });

  it('refuses to start when the recognizer drops processLocally', () => {
    // A recognizer that ignores the request and keeps sending audio away.
    class Cloud {
      static available = async () => 'available' as const;
      start = vi.fn();
      get processLocally() {
        return false;
      }
      set processLocally(_: boolean) {}
    }
    const found = { kind: 'ready' as const, Recognizer: Cloud as never, lang: 'en-US' };
    expect(startLocalTranscript(found, () => {}, () => {})).toBeNull();
  });
});

describe('transcriptOf', () => {
  it('joins final and interim results', () => {
    const r = (transcript: string, isFinal: boolean) => Object.assign([{ transcript }], { isFinal });
    expect(transcriptOf([r('I would', true), r('call them', false)])).toEqual('I would call them');
    expect(transcriptOf([])).toEqual('');
  });
});
