import { describe, expect, it, vi } from 'vitest';
import { findApi, MAX_WALK, type WindowLike } from './api.ts';

const api12 = () => ({
  LMSInitialize: vi.fn(() => 'true'),
  LMSFinish: vi.fn(() => 'true'),
  LMSGetValue: vi.fn(() => 'incomplete'),
  LMSSetValue: vi.fn(() => 'true'),
  LMSCommit: vi.fn(() => 'true'),
  LMSGetLastError: vi.fn(() => '0'),
});
const api2004 = () => ({
  Initialize: vi.fn(() => 'true'),
  Terminate: vi.fn(() => 'true'),
  GetValue: vi.fn(() => ''),
  SetValue: vi.fn(() => 'false'),
  Commit: vi.fn(() => 'true'),
  GetLastError: vi.fn(() => '351'),
});

/** A frame `depth` levels below `top`. */
function frameBelow(top: WindowLike, depth: number): WindowLike {
  let w = top;
  for (let i = 0; i < depth; i++) w = { parent: w };
  return w;
}

describe('findApi', () => {
  it('finds nothing where there is no LMS: the app runs as it does', () => {
    const top: { parent?: WindowLike } = {};
    top.parent = top; // a top window is its own parent
    expect(findApi(frameBelow(top, 3))).toBeUndefined();
  });

  it('finds SCORM 1.2 `API` in a parent frame and maps its calls', () => {
    const API = api12();
    const api = findApi(frameBelow({ API }, 2))!;
    expect(api.version).toBe('1.2');
    expect(api.initialize()).toBe(true);
    expect(api.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.set('cmi.core.exit', 'suspend')).toBe(true);
    expect(api.commit()).toBe(true);
    expect(api.terminate()).toBe(true);
    expect(API.LMSInitialize).toHaveBeenCalledWith('');
    expect(API.LMSSetValue).toHaveBeenCalledWith('cmi.core.exit', 'suspend');
    expect(API.LMSFinish).toHaveBeenCalledWith('');
  });

  it('finds SCORM 2004 `API_1484_11` and reports what the LMS refused', () => {
    const api = findApi(frameBelow({ API_1484_11: api2004() }, 1))!;
    expect(api.version).toBe('2004');
    expect(api.set('cmi.nothing', 'x')).toBe(false);
    expect(api.lastError()).toBe('351');
  });

  it('takes the nearest, and the version asked for', () => {
    const both = { API: api12(), API_1484_11: api2004() };
    expect(findApi(frameBelow(both, 1))!.version).toBe('2004');
    expect(findApi(frameBelow(both, 1), '1.2')!.version).toBe('1.2');
    expect(findApi(frameBelow({ API: api12() }, 1), '2004')).toBeUndefined();
  });

  it('looks in the opener (and its parents) when the frames have none', () => {
    const lms = { API_1484_11: api2004() };
    const popup = frameBelow({ opener: frameBelow(lms, 2) }, 2);
    expect(findApi(popup)!.version).toBe('2004');
  });

  it('stops at a parent on another origin and still tries the opener', () => {
    const foreign = {
      get parent(): WindowLike {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      opener: { API: api12() },
    };
    expect(findApi(frameBelow(foreign, 1))!.version).toBe('1.2');
  });

  it(`walks at most ${MAX_WALK} parents`, () => {
    expect(findApi(frameBelow({ API: api12() }, MAX_WALK - 1))).toBeDefined();
    expect(findApi(frameBelow({ API: api12() }, MAX_WALK + 1))).toBeUndefined();
  });
});
