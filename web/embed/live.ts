import { persistedUrl } from './api.js';

interface Watch {
  readonly source: EventSource;
  readonly listeners: Set<() => void>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const watches = new Map<string, Watch>();
/** Changes close together (an insight and its ties) make one refresh. */
const SETTLE_MS = 400;

/**
 * Calls `onChange` when the service announces that something about the alliance changed (the
 * persisted subscription `alliance-changed`, over Server-Sent Events). All widgets of one alliance
 * on a page share one stream; the browser reconnects it by itself when the service comes back.
 * Returns the function that stops listening. Without EventSource the widget simply stays as it is.
 */
export function watchAlliance(service: string, alliance: string, onChange: () => void): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const key = `${service}\n${alliance}`;
  let watch = watches.get(key);
  if (!watch) {
    const source = new EventSource(persistedUrl(service, 'alliance-changed', { id: alliance }));
    const created: Watch = { source, listeners: new Set(), timer: undefined };
    const announce = () => {
      clearTimeout(created.timer);
      created.timer = setTimeout(() => created.listeners.forEach((listener) => listener()), SETTLE_MS);
    };
    // GraphQL over SSE names its events "next"; some servers send plain messages.
    source.addEventListener('next', announce);
    source.addEventListener('message', announce);
    watch = created;
    watches.set(key, watch);
  }
  const current = watch;
  current.listeners.add(onChange);
  return () => {
    current.listeners.delete(onChange);
    if (current.listeners.size > 0) return;
    clearTimeout(current.timer);
    current.source.close();
    watches.delete(key);
  };
}
