// <brein-alliance alliance="ID" view="insights|bottlenecks|practices|members|graph">: a live,
// read-only view of an alliance for its own web pages. It asks only persisted operations by GET,
// so answers are cacheable, and never asks for private fields.
import { h } from './dom.js';
import { render, type View, type ViewData } from './views.js';

// Written by tools/build-web.mjs from web/embed/operations/*.graphql (the server's allow-list).
declare const __EMBED_DOCUMENT_IDS__: Record<View, string>;
const DOCUMENT_IDS = __EMBED_DOCUMENT_IDS__;

// The service is wherever this script came from, also when the page lives on another origin.
const SCRIPT_URL = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

const CSS = `
:host{display:block;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2433}
:host([hidden]){display:none}
.card{border:1px solid #d6dbe4;border-radius:12px;padding:1rem 1.15rem;background:#fff;
max-height:var(--brein-max-height,34rem);overflow:auto}
.card:focus-visible,a:focus-visible{outline:3px solid #2f6fde;outline-offset:2px}
h2{font-size:1.12rem;margin:0 0 .5rem;color:#0b3d2e}
h3{font-size:1rem;margin:.2rem 0}
section h3{margin-top:.8rem;font-size:.95rem;color:#0b3d2e}
p{margin:.2rem 0}
ul{list-style:none;margin:0;padding:0}
li{padding:.55rem 0;border-top:1px solid #eef0f4}
li:first-child{border-top:0}
a{color:#0b6e4f}
.tag{display:inline-block;font-size:.72rem;font-weight:600;padding:.05rem .5rem;border-radius:999px;
background:#e3f1eb;color:#0b5a40;margin-right:.45rem;vertical-align:.08em}
.meta{color:#566074;font-size:.86rem}
.graph svg[role=img]{width:100%;max-width:340px;display:block;margin:auto}
.graph line{stroke:#b8c0cc;stroke-width:1}
.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.85rem}
.legend li{border:0;padding:0}
.dot{width:.7rem;height:.7rem;margin-right:.3rem}
footer{margin-top:.7rem;font-size:.8rem;color:#566074}
`;

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

async function fetchView(view: View, alliance: string): Promise<ViewData> {
  const url = new URL('graphql', SCRIPT_URL);
  url.searchParams.set('documentId', DOCUMENT_IDS[view]);
  url.searchParams.set('variables', JSON.stringify({ id: alliance }));
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = (await response.json()) as { data?: ViewData; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`status ${response.status}`);
  return body.data;
}

class BreinAlliance extends HTMLElement {
  static observedAttributes = ['alliance', 'view'];
  private generation = 0;

  constructor() {
    super();
    styles(this.attachShadow({ mode: 'open' }));
  }

  connectedCallback() {
    void this.load();
  }

  attributeChangedCallback() {
    if (this.isConnected) void this.load();
  }

  private show(heading: string, body: Node, busy = false) {
    const root = this.shadowRoot as ShadowRoot;
    const id = 'brein-heading';
    const explorer = new URL('explorer', SCRIPT_URL);
    explorer.searchParams.set('focus', this.getAttribute('alliance') ?? '');
    const card = h(
      'article',
      { class: 'card', tabindex: '0', 'aria-labelledby': id, 'aria-busy': String(busy), lang: 'nl' },
      h('h2', { id }, heading),
      body,
      h(
        'footer',
        null,
        'Uit het ',
        h('a', { href: explorer.href, target: '_blank', rel: 'noopener' }, 'Maatschappelijk Brein'),
      ),
    );
    root.querySelector('article')?.remove();
    root.append(card);
  }

  private async load() {
    const generation = ++this.generation;
    const alliance = this.getAttribute('alliance');
    const requested = this.getAttribute('view') ?? 'insights';
    const view = (requested in DOCUMENT_IDS ? requested : 'insights') as View;
    if (!alliance) {
      this.show('Alliantie', h('p', { role: 'status' }, 'Geef een alliantie op met alliance="…".'));
      return;
    }
    this.show('Laden…', h('p', { role: 'status' }, 'De gegevens worden opgehaald.'), true);
    try {
      const data = await fetchView(view, alliance);
      if (generation !== this.generation) return;
      const rendered = render(view, data);
      if (rendered) this.show(rendered.heading, rendered.body);
      else
        this.show(
          'Alliantie niet gevonden',
          h('p', { role: 'status' }, `Er is geen alliantie “${alliance}”.`),
        );
      this.dataset.state = rendered ? 'ready' : 'not-found';
    } catch {
      if (generation !== this.generation) return;
      this.show('Niet beschikbaar', h('p', { role: 'alert' }, 'De gegevens konden niet worden geladen.'));
      this.dataset.state = 'error';
    }
  }
}

if (!customElements.get('brein-alliance')) customElements.define('brein-alliance', BreinAlliance);
