import type { ScormVersion } from '../../lms/cmi.ts';
import type { PackagedKind } from '../../lms/manifest.ts';

export type MakerState =
  | { step: 'idle' }
  | { step: 'making'; done: number; total: number }
  | { step: 'done'; file: string }
  | { step: 'failed'; noBuild: boolean; message: string };

export interface MakeRequest {
  version: ScormVersion;
  kind: PackagedKind;
  /** The scenario's or the calibration set's id. */
  id: string;
  title: string;
  /** A scenario's level or a set's exact-agreement percent (src/lms/pass-marks.ts). */
  pass?: number;
}

/** Makes one package at a time (src/lms/package.ts, loaded when first asked) and saves it as a download. */
export class PackageMaker {
  #state = $state.raw<MakerState>({ step: 'idle' });

  get state(): MakerState {
    return this.#state;
  }

  async make(req: MakeRequest): Promise<void> {
    if (this.#state.step === 'making') return;
    this.#state = { step: 'making', done: 0, total: 0 };
    try {
      const [{ makePackage }, { packageName }] = await Promise.all([import('../../lms/package.ts'), import('../../lms/manifest.ts')]);
      const zip = await makePackage({ ...req, base: new URL('.', location.href).href, onProgress: (done, total) => (this.#state = { step: 'making', done, total }) });
      const file = packageName(req.version, req.id);
      const url = URL.createObjectURL(zip);
      Object.assign(document.createElement('a'), { href: url, download: file }).click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.#state = { step: 'done', file };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.#state = { step: 'failed', noBuild: e instanceof Error && e.name === 'NoBuildList', message };
    }
  }
}
