import type { BrokerageAnswer, BrokerageRequest } from './brokerage-worker.js';

/** Asks the brokerage worker (bundled next to explorer.js) for betweenness scores. */
export class Brokerage {
  private worker: Worker | null = null;
  private sequence = 0;

  compute(nodes: string[], edges: [string, string][]): Promise<Map<string, number>> {
    this.worker ??= new Worker(new URL('./brokerage-worker.js', import.meta.url), { type: 'module' });
    const worker = this.worker;
    const id = ++this.sequence;
    return new Promise((resolve, reject) => {
      const done = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
      };
      const onMessage = (event: MessageEvent<BrokerageAnswer>) => {
        if (event.data.id !== id) return;
        done();
        resolve(new Map(Object.entries(event.data.scores)));
      };
      const onError = (event: ErrorEvent) => {
        done();
        reject(new Error(event.message));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: BrokerageRequest = { id, nodes, edges };
      worker.postMessage(request);
    });
  }
}
