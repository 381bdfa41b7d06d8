import { t } from './i18n.js';

export type State = 'loading' | 'ready' | 'error';

/**
 * The status line and #app[data-state]: "loading" while any request is in flight (tests and
 * assistive technology wait for "ready"), then the last message or the error.
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

  async run<T>(task: () => Promise<T>): Promise<T | undefined> {
    this.pending++;
    this.status(t('loading'), 'loading');
    try {
      return await task();
    } catch (error) {
      this.failed = (error as Error).message;
      return undefined;
    } finally {
      this.pending--;
      if (this.pending === 0) {
        const message = this.line.textContent === t('loading') ? '' : (this.line.textContent ?? '');
        if (this.failed) this.status(t('error', { message: this.failed }), 'error');
        else this.status(message);
        this.failed = null;
      }
    }
  }
}
