import type { IncomingMessage } from 'node:http';
import type { Authenticator } from '../auth/authenticate.js';
import { ANONYMOUS, type Viewer } from '../auth/viewer.js';
import { DomainError } from '../errors.js';

/** Who sends a request, as the limits see it: a verified identity, or else the address. */
export interface Client {
  /** `s:<subject>` for verified credentials, `a:<address>` without credentials. */
  readonly key: string;
  readonly address: string;
  /** The verified viewer; anonymous without credentials. */
  readonly viewer: Viewer;
}

/** Credentials that did not verify: the request is answered 401 with this error. */
export interface Refused {
  readonly address: string;
  readonly error: DomainError;
}

/**
 * Identifies each request once, before anything else runs: credentials are verified here (a
 * cached token or key answers without a promise) and the result is kept for the request's
 * context, so that limits and execution see the same viewer.
 */
export class Clients {
  private readonly known = new WeakMap<Request, Client | Refused>();

  constructor(
    private readonly authenticator: Authenticator,
    /** How many proxies of ours stand in front of the service (TRUST_PROXY_HOPS). */
    private readonly proxyHops = 0,
  ) {}

  /** The address of the connection (Node's http adapter passes the incoming message as `req`). */
  /**
   * The client's address. Behind `proxyHops` trusted proxies (a load balancer that appends the
   * address it saw to X-Forwarded-For), it is the entry that many places from the end; without
   * the header, or with fewer entries, the address of the connection. Never trust a hop that is
   * not yours: a client can write anything in front of what your proxy appends.
   */
  addressOf(request: Request, serverContext: unknown): string {
    const socket =
      (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket.remoteAddress ?? 'local';
    if (this.proxyHops === 0) return socket;
    const forwarded = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    return forwarded.length >= this.proxyHops ? forwarded[forwarded.length - this.proxyHops]! : socket;
  }

  static hasCredentials(request: Request): boolean {
    return request.headers.has('x-api-key') || request.headers.has('authorization');
  }

  identify(request: Request, address: string): Client | Refused | Promise<Client | Refused> {
    const refuse = (error: unknown): Refused => {
      if (!(error instanceof DomainError)) throw error;
      const refused = { address, error };
      this.known.set(request, refused);
      return refused;
    };
    const accept = (viewer: Viewer): Client => {
      const client = {
        key: viewer === ANONYMOUS || !viewer.subject ? `a:${address}` : `s:${viewer.subject}`,
        address,
        viewer,
      };
      this.known.set(request, client);
      return client;
    };
    try {
      const viewer = this.authenticator.viewerFor(request.headers);
      return viewer instanceof Promise ? viewer.then(accept, refuse) : accept(viewer);
    } catch (error) {
      return refuse(error);
    }
  }

  /** What `identify` found for this request (undefined when it never ran for it). */
  of(request: Request): Client | Refused | undefined {
    return this.known.get(request);
  }
}

export function isRefused(found: Client | Refused): found is Refused {
  return 'error' in found;
}
