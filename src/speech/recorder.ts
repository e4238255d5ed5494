/**
 * The microphone and the recorder: which container to record in, what a failure means for the
 * candidate, how loud the input is. The pure parts are exported for tests; `startRecording`
 * drives the browser's MediaRecorder and Web Audio.
 */

/** Opus in WebM first (Chromium, Firefox), then Ogg, then MP4 (Safari); '' lets the browser choose. */
export const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'] as const;

export function pickMimeType(isTypeSupported: (type: string) => boolean): string {
  return PREFERRED_TYPES.find((type) => isTypeSupported(type)) ?? '';
}

export type MicProblem = 'refused' | 'missing' | 'unsupported' | 'failed';

/** What a getUserMedia failure means for the candidate (DOMException names from Media Capture and Streams). */
export function micProblemOf(error: unknown): MicProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'refused';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') return 'missing';
  if (name === 'NotSupportedError' || name === 'TypeError') return 'unsupported';
  return 'failed';
}

/** Loudness of a block of samples (-1…1) on a 0…1 scale: RMS, scaled so speech reaches mid-range. */
export function levelOf(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  return Math.min(1, Math.sqrt(sum / samples.length) * 4);
}

/** Below this the meter says it hears nothing. */
export const SILENCE = 0.02;

export interface Take {
  blob: Blob;
  durationMs: number;
}

export interface Recording {
  /** The input level now, 0…1. */
  level(): number;
  /** Stops and gives the take; the microphone is released. */
  stop(): Promise<Take>;
  /** Stops and throws the take away. */
  cancel(): void;
}

/** Asks for the microphone and starts recording; rejects with a MicProblem. */
export async function startRecording(now: () => number = () => performance.now()): Promise<Recording> {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) throw 'unsupported' satisfies MicProblem;
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    throw micProblemOf(error);
  }
  const mimeType = pickMimeType((type) => MediaRecorder.isTypeSupported(type));
  const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };

  // The level meter: an analyser on the same stream, nothing played out.
  let audio: AudioContext | undefined;
  let analyser: AnalyserNode | undefined;
  let samples: Float32Array<ArrayBuffer> | undefined;
  try {
    audio = new AudioContext();
    analyser = audio.createAnalyser();
    analyser.fftSize = 1024;
    audio.createMediaStreamSource(stream).connect(analyser);
    samples = new Float32Array(analyser.fftSize);
  } catch {
    // No Web Audio: recording still works, the meter stays at zero.
  }

  const release = () => {
    stream.getTracks().forEach((track) => track.stop());
    void audio?.close().catch(() => {});
  };
  const started = now();
  recorder.start(250);

  return {
    level() {
      if (!analyser || !samples) return 0;
      analyser.getFloatTimeDomainData(samples);
      return levelOf(samples);
    },
    stop() {
      return new Promise<Take>((resolve, reject) => {
        const durationMs = now() - started;
        recorder.onstop = () => {
          release();
          resolve({ blob: new Blob(chunks, { type: recorder.mimeType || mimeType || chunks[0]?.type || 'audio/webm' }), durationMs });
        };
        recorder.onerror = () => {
          release();
          reject('failed' satisfies MicProblem);
        };
        recorder.stop();
      });
    },
    cancel() {
      recorder.onstop = release;
      if (recorder.state !== 'inactive') recorder.stop();
      else release();
    },
  };
}
