import { GraphQLRequestError } from './api.js';
import { t, type MessageKey } from './i18n.js';

export type State = 'loading' | 'ready' | 'error';

const MESSAGES: Record<string, MessageKey> = {
  NETWORK: 'errorNetwork',
  UNAVAILABLE: 'errorUnavailable',
  RATE_LIMITED: 'errorBusy',
  TOO_MANY_REQUESTS: 'errorBusy',
  NOT_FOUND: 'errorNotFound',
  BAD_USER_INPUT: 'errorBadInput',
};

/** A failure in the interface's language: the service's own messages are English and technical. */
export function errorMessage(error: unknown): string {
  const code = error instanceof GraphQLRequestError ? error.code : 'NETWORK';
  return t(MESSAGES[code] ?? 'errorGeneric');
}

/**
 * The status line and #app[data-state]: "loading" while any request is in flight (tests and
 * assistive technology wait for "ready"), then the last message or the error. An error is also
 * shown next to the control the analyst used (`where`), in the interface's language.
 */
export class Activity {
  private pending = 0;
  private failed: string | null = null;

  constructor(
    private readonly app: HTMLElement,
    private readonly line: HTMLElement,
  ) {}

  status(message: string, state: State = 'ready'): void {
    this.line.textContent = message;
    this.app.dataset.state = state === 'ready' && this.pending > 0 ? 'loading' : state;
  }

  async run<T>(task: () => Promise<T>, where?: HTMLElement): Promise<T | undefined> {
    this.pending++;
    this.status(t('loading'), 'loading');
    // A new request clears an earlier request's failure there, not a message the control set itself.
    if (where?.hasAttribute('data-request-failed')) {
      where.textContent = '';
      where.classList.remove('inline-error');
      where.removeAttribute('data-request-failed');
    }
    try {
      return await task();
    } catch (error) {
      this.failed = errorMessage(error);
      if (where) {
        where.textContent = this.failed;
        where.classList.add('inline-error');
        where.setAttribute('role', 'alert');
        where.setAttribute('data-request-failed', '');
      }
      return undefined;
    } finally {
      this.pending--;
      if (this.pending === 0) {
        const message = this.line.textContent === t('loading') ? '' : (this.line.textContent ?? '');
        if (this.failed) this.status(this.failed, 'error');
        else this.status(message);
        this.failed = null;
      }
    }
  }
}
