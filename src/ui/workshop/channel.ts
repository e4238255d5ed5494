import type { AudienceView } from '../../domain/workshop.ts';

/** Same origin, same browser: the presenter and projector windows talk over one BroadcastChannel, no server. */
const CHANNEL = 'interview-roleplay/workshop';

export type WorkshopMessage =
  /** The presenter's current audience view. */
  | { type: 'view'; view: AudienceView }
  /** A projector window that has just opened (or reloaded) asks the presenter for the view. */
  | { type: 'hello' };

const isMessage = (data: unknown): data is WorkshopMessage =>
  typeof data === 'object' && data !== null &&
  ((data as WorkshopMessage).type === 'hello' ||
    ((data as WorkshopMessage).type === 'view' && typeof (data as { view?: unknown }).view === 'object' && (data as { view?: unknown }).view !== null));

export interface WorkshopLink {
  post(message: WorkshopMessage): void;
  close(): void;
}

/** Opens the link; messages that are not ours are ignored. Without BroadcastChannel the projector still shows the saved view on reload. */
export function openWorkshopLink(onMessage: (message: WorkshopMessage) => void): WorkshopLink {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (isMessage(event.data)) onMessage(event.data);
  };
  return {
    // A view holds plain data only (texts, counts, levels), so it clones as it is.
    post: (message) => channel.postMessage(plain(message)),
    close: () => channel.close(),
  };
}

/** Svelte state proxies cannot be cloned; plain copies can. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
