/// <reference lib="webworker" />
import { makeZip, type ZipReply, type ZipRequest } from './zip.ts';

const post = (reply: ZipReply, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<ZipRequest>) => {
  try {
    const zip = await makeZip(event.data, (done, total) => post({ type: 'progress', done, total }));
    post({ type: 'done', zip }, [zip.buffer]);
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
