// <brein-alliance alliance="ID" view="…" lang="nl|en">: a live, read-only view of an alliance for
// its own web pages. It asks only persisted operations by GET, so answers are cacheable, and never
// asks for private fields. Its children are fallback content, shown until the data arrives.
// docs/embeds.md describes the attributes, the states and the fallback for page authors.
import { Unavailable, NotFound } from './api.js';
import { h } from './dom.js';
import { ASKS_IN_LANGUAGE, loadView } from './load.js';
import { isView, VIEWS, type View } from './operations.js';
import { watchAlliance } from './live.js';
import { retryDelay } from './retry.js';
import { langOf, TEXTS, type Texts } from './texts.js';
import { render, type ViewData } from './views.js';

// The service is wherever this script came from, also when the page lives on another origin.
const SERVICE = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

const CSS = `
:host{display:block;max-width:100%;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2433}
:host([hidden]){display:none}
.card{border:1px solid #d6dbe4;border-radius:12px;padding:1rem 1.15rem;background:#fff;
max-height:var(--brein-max-height,34rem);overflow:auto;overflow-wrap:anywhere}
.card.error{border-color:#e5b9b9;background:#fff8f7}
.card.error h2{color:#8c1d18}
.card:focus-visible,a:focus-visible{outline:3px solid #2f6fde;outline-offset:2px}
h2{font-size:1.12rem;margin:0 0 .5rem;color:#0b3d2e}
h3{font-size:1rem;margin:.2rem 0}
h4{font-size:.85rem;margin:.45rem 0 .1rem;color:#566074}
section h3{margin-top:.8rem;font-size:.95rem;color:#0b3d2e}
p{margin:.2rem 0}
ul{list-style:none;margin:0;padding:0}
li{padding:.55rem 0;border-top:1px solid #eef0f4}
li:first-child{border-top:0}
li li{padding:.15rem 0;border:0}
a{color:#0b6e4f}
.tag{display:inline-block;font-size:.72rem;font-weight:600;padding:.05rem .5rem;border-radius:999px;
background:#e3f1eb;color:#0b5a40;margin-right:.45rem;vertical-align:.08em}
.meta{color:#566074;font-size:.86rem}
.notice{margin-top:.6rem;padding-top:.5rem;border-top:1px solid #eef0f4;color:#8c1d18;font-size:.86rem}
::slotted(*){margin-top:0}
.graph svg[role=img]{width:100%;max-width:340px;display:block;margin:auto}
.graph line{stroke:#b8c0cc;stroke-width:1}
.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.85rem}
.legend li{border:0;padding:0}
.dot{width:.7rem;height:.7rem;margin-right:.3rem}
footer{margin-top:.7rem;font-size:.8rem;color:#566074}
`;

type Problem = 'missing-alliance' | 'unknown-view' | 'not-found' | 'failed';
type State =
  | { kind: 'loading' }
  | { kind: 'ready'; view: View; data: ViewData }
  | { kind: 'error'; problem: Problem; detail: string }
  | { kind: 'unavailable'; retryAt: number };

function styles(root: ShadowRoot) {
  // A constructed sheet also works under a host page's strict style-src policy.
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet !== 'undefined' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(h('style', null, CSS));
  }
}

class BreinAlliance extends HTMLElement {
  static observedAttributes = ['alliance', 'view', 'lang'];
  private state: State = { kind: 'loading' };
  /** What the current (or last) load asked: view, alliance and, where answers hold words, language. */
  private asked: string | null = null;
  private generation = 0;
  private scheduled = false;
  private wake: (() => void) | null = null;
  private paintedFallback = false;
  /** The alliance whose changes this widget listens to, and how to stop listening. */
  private watching: string | null = null;
  private unwatch: (() => void) | null = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    styles(root);
    // Fallback children may arrive after the element (a parser still at work): show them then.
    root.addEventListener('slotchange', () => {
      if (this.state.kind === 'unavailable' && this.hasFallback() !== this.paintedFallback) this.paint();
    });
  }

  connectedCallback() {
    this.schedule();
  }

  disconnectedCallback() {
    if (this.state.kind !== 'ready') this.asked = null;
    this.stop();
    this.listen(null);
  }

  attributeChangedCallback(_name: string, previous: string | null, value: string | null) {
    if (previous !== value) this.schedule();
  }

  /**
   * One update per turn of the event loop. An upgrade (the script after the elements, as at the
   * end of <body>) calls attributeChangedCallback per attribute and then connectedCallback, all
   * at once: together they make one load, not three.
   */
  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.isConnected) this.update();
    });
  }

  private texts(): Texts {
    return TEXTS[langOf(this.getAttribute('lang'))];
  }

  private update() {
    const t = this.texts();
    const alliance = this.getAttribute('alliance')?.trim();
    const view = this.getAttribute('view')?.trim() || 'insights';
    if (!alliance) return this.fail('missing-alliance', '');
    if (!isView(view)) return this.fail('unknown-view', view);
    const asked = [view, alliance, ASKS_IN_LANGUAGE.has(view) ? t.graphqlLang : ''].join('\n');
    // Same question as before (only the language of the labels changed, or the element moved).
    if (asked === this.asked) return this.paint();
    this.asked = asked;
    void this.load(view, alliance);
  }

  private fail(problem: Problem, detail: string) {
    this.stop();
    this.listen(null);
    this.asked = null;
    this.settle({ kind: 'error', problem, detail });
  }

  private async load(view: View, alliance: string) {
    this.stop();
    const generation = this.generation;
    this.settle({ kind: 'loading' });
    for (let attempt = 0; ; attempt++) {
      try {
        const data = await loadView(SERVICE, view, alliance, this.texts());
        if (generation === this.generation) {
          this.settle({ kind: 'ready', view, data });
          this.listen(alliance);
        }
        return;
      } catch (error) {
        if (generation !== this.generation) return;
        if (error instanceof NotFound)
          return this.settle({ kind: 'error', problem: 'not-found', detail: alliance });
        if (!(error instanceof Unavailable)) {
          console.warn('<brein-alliance>:', error);
          return this.settle({ kind: 'error', problem: 'failed', detail: '' });
        }
        const delay = retryDelay(attempt);
        this.settle({ kind: 'unavailable', retryAt: Date.now() + delay });
        await this.wait(delay);
        if (generation !== this.generation) return;
      }
    }
  }

  /** Until the delay passes, the browser says it is back online, or the element stops. */
  private wait(ms: number) {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        window.removeEventListener('online', done);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      window.addEventListener('online', done);
      this.wake = done;
    });
  }

  /**
   * Listens to the changes of this alliance (null: to none). A change makes the widget ask its
   * view again, bypassing the browser's copy; until the new answer arrives the old one stays.
   */
  private listen(alliance: string | null) {
    if (alliance === this.watching) return;
    this.unwatch?.();
    this.unwatch = null;
    this.watching = alliance;
    if (alliance) this.unwatch = watchAlliance(SERVICE, alliance, () => void this.refresh());
  }

  private async refresh() {
    const alliance = this.getAttribute('alliance')?.trim();
    const view = this.getAttribute('view')?.trim() || 'insights';
    if (this.state.kind !== 'ready' || !alliance || alliance !== this.watching || !isView(view)) return;
    const generation = this.generation;
    try {
      const data = await loadView(SERVICE, view, alliance, this.texts(), true);
      if (generation === this.generation && this.state.kind === 'ready')
        this.settle({ kind: 'ready', view, data });
    } catch (error) {
      // What is shown stays; the next change or reload tries again.
      console.warn('<brein-alliance>: refresh failed', error);
    }
  }

  /** Ends the load or the wait in progress: their results no longer count. */
  private stop() {
    this.generation++;
    this.wake?.();
  }

  private settle(state: State) {
    this.state = state;
    const failed = state.kind === 'error' || state.kind === 'unavailable';
    this.dataset.state = failed ? 'error' : state.kind;
    if (state.kind === 'error') this.dataset.error = state.problem;
    else if (state.kind === 'unavailable') this.dataset.error = 'unavailable';
    else delete this.dataset.error;
    this.paint();
  }

  private hasFallback() {
    return [...this.childNodes].some(
      (n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
    );
  }

  private paint() {
    const t = this.texts();
    const s = this.state;
    this.paintedFallback = false;
    if (s.kind === 'ready') {
      const rendered = render(s.view, s.data, t);
      if (rendered) return this.card(t, rendered.heading, rendered.body);
    }
    if (s.kind === 'error') {
      const messages: Record<Problem, [string, string]> = {
        'missing-alliance': [t.missingAlliance, t.missingAllianceDetail],
        'unknown-view': [t.unknownView, t.unknownViewDetail(s.detail, VIEWS)],
        'not-found': [t.notFound, t.notFoundDetail(s.detail)],
        failed: [t.failed, t.failedDetail],
      };
      const [heading, detail] = messages[s.problem];
      return this.card(t, heading, h('p', { role: 'alert' }, detail), { error: true });
    }
    if (s.kind === 'unavailable') {
      this.paintedFallback = this.hasFallback();
      const seconds = Math.max(1, Math.round((s.retryAt - Date.now()) / 1000));
      if (this.paintedFallback) {
        return this.card(t, null, [
          h('slot'),
          h('p', { class: 'notice', role: 'status' }, t.unavailableNotice),
        ]);
      }
      return this.card(t, t.unavailable, h('p', { role: 'alert' }, t.unavailableDetail(seconds)), {
        error: true,
      });
    }
    // Loading: the page's own fallback content, or a short line when it has none.
    this.card(
      t,
      null,
      h('slot', null, h('h2', null, t.loading), h('p', { role: 'status' }, t.loadingDetail)),
      {
        busy: true,
      },
    );
  }

  private card(
    t: Texts,
    heading: string | null,
    body: Node | Node[],
    opts: { busy?: boolean; error?: boolean } = {},
  ) {
    const root = this.shadowRoot as ShadowRoot;
    const id = 'brein-heading';
    const explorer = new URL('explorer', SERVICE);
    explorer.searchParams.set('focus', this.getAttribute('alliance') ?? '');
    const attrs: Record<string, string> = {
      class: opts.error ? 'card error' : 'card',
      tabindex: '0',
      'aria-busy': String(Boolean(opts.busy)),
      lang: t.lang,
    };
    if (heading) attrs['aria-labelledby'] = id;
    const card = h(
      'article',
      attrs,
      heading ? h('h2', { id }, heading) : null,
      body,
      h(
        'footer',
        null,
        t.source,
        h('a', { href: explorer.href, target: '_blank', rel: 'noopener' }, 'Maatschappelijk Brein'),
      ),
    );
    root.querySelector('article')?.remove();
    root.append(card);
  }
}

if (!customElements.get('brein-alliance')) customElements.define('brein-alliance', BreinAlliance);
