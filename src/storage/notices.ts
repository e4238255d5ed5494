/** Something the person must be told about their saved data; the UI words it in their language. */
export type StorageNotice =
  | { code: 'unavailable'; detail: string }
  | { code: 'storage-failed'; detail: string }
  | { code: 'corrupt-record'; key: string; detail: string }
  | { code: 'content-changed'; scenarioId: string };

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}
