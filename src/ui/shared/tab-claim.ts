/**
 * Two tabs on the same run (or round, or workshop) would each save over the other.
 * The policy: the tab that opens it last takes it over; any other tab holding it
 * stops saving and says so, with a way to take it back. Finished runs are stored
 * under ids of their own, so whichever tab finishes, nothing finished is lost.
 */
const CHANNEL = 'interview-roleplay/tabs';

interface Claim {
  type: 'claim';
  key: string;
  tab: string;
}

const tab = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

/** Claims `key` for this tab; `onLost` runs if another tab claims it later. Returns the release. */
export function claimInThisTab(key: string, onLost: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Claim>) => {
    const claim = event.data;
    if (claim?.type === 'claim' && claim.key === key && claim.tab !== tab) {
      channel.close();
      onLost();
    }
  };
  channel.postMessage({ type: 'claim', key, tab } satisfies Claim);
  return () => channel.close();
}
