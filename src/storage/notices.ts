/** Something the person must be told about their saved data; the UI words it in their language. */
export type StorageNotice =
  | { code: 'unavailable'; detail: string }
  | { code: 'storage-failed'; detail: string }
  | { code: 'corrupt-record'; key: string; detail: string }
  /** A scenario or calibration set changed since the saved work began. */
  | { code: 'content-changed'; contentId: string };

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}
