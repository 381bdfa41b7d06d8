import { LABEL_COLOURS } from './analysis.js';
import * as api from './api.js';
import { Brain, type BrainPanel } from './brain.js';
import { Explorer, type ColourMode, type SizeMode } from './explorer.js';
import { language, setLanguage, t, type Language } from './i18n.js';
import { fillSelect, renderResults } from './panels.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** The full-text search answers in tens of milliseconds, so a typist may ask this often. */
const SEARCH_INTERVAL_MS = 150;
const params = new URLSearchParams(location.search);

function initialLanguage(): Language {
  return (params.get('lang') ?? localStorage.getItem('brein-lang')) === 'en' ? 'en' : 'nl';
}
setLanguage(initialLanguage());
$('app').dataset.lang = language();

/**
 * Runs at once when it has not run for `ms`, else once `ms` after the last run: the first key
 * is answered without delay, typing sends at most one request per `ms`, and the last text is
 * always searched (answers to older texts are dropped by the caller).
 */
function throttle(run: () => void, ms: number) {
  let last = Number.NEGATIVE_INFINITY;
  let timer: number | undefined;
  const fire = () => {
    last = performance.now();
    run();
  };
  return () => {
    window.clearTimeout(timer);
    const wait = last + ms - performance.now();
    if (wait <= 0) fire();
    else timer = window.setTimeout(fire, wait);
  };
}

function download(blob: Blob, name: string): void {
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(blob),
    download: name,
  });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 5000);
}

const pathInputs = { from: $<HTMLInputElement>('path-from'), to: $<HTMLInputElement>('path-to') };
function setPathEnd(end: 'from' | 'to', node: api.BriefNode): void {
  explorer.pathEnds[end] = node;
  pathInputs[end].value = node.name;
  pathInputs[end].dataset.id = node.id;
}
// Typing after a pick unpicks: "Zoek pad" must never use a person the box no longer names.
for (const end of ['from', 'to'] as const) {
  pathInputs[end].addEventListener('input', () => {
    if (explorer.pathEnds[end]?.name === pathInputs[end].value) return;
    explorer.pathEnds[end] = null;
    delete pathInputs[end].dataset.id;
  });
}

const explorer = new Explorer({
  pathFrom: (node) => setPathEnd('from', node),
  pathTo: (node) => setPathEnd('to', node),
});
const colourOfKind = (kind: keyof typeof LABEL_COLOURS) => LABEL_COLOURS[kind];

/** A search box with a result list; `pick` gets the chosen node. */
function bindSearch(
  input: HTMLInputElement,
  list: HTMLElement,
  types: api.BriefNode['kind'][] | undefined,
  pick: (node: api.BriefNode) => void,
  errors: HTMLElement,
) {
  const run = async () => {
    const text = input.value.trim();
    if (text.length < 2) {
      list.hidden = true;
      return;
    }
    const hits = await explorer.activity.run(() => api.search(text, types, types ? 8 : 15), errors);
    if (!hits || input.value.trim() !== text) return;
    renderResults(
      list,
      hits.map((hit) => hit.node),
      colourOfKind,
      (node) => {
        list.hidden = true;
        pick(node);
      },
    );
  };
  const later = throttle(() => void run(), SEARCH_INTERVAL_MS);
  input.addEventListener('input', later);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') list.hidden = true;
    if (event.key === 'ArrowDown' && !list.hidden) {
      event.preventDefault();
      list.querySelector('button')?.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const current = (event.target as HTMLElement).closest('li');
    if (event.key === 'ArrowDown')
      (current?.nextElementSibling?.querySelector('button') as HTMLElement)?.focus();
    if (event.key === 'ArrowUp')
      (current?.previousElementSibling?.querySelector('button') as HTMLElement)?.focus();
    if (event.key === 'Escape') {
      list.hidden = true;
      input.focus();
    }
  });
  return run;
}

const searchInput = $<HTMLInputElement>('search-input');
const searchResults = $('search-results');
const runSearch = bindSearch(
  searchInput,
  searchResults,
  undefined,
  (node) => void explorer.reveal(node),
  $('search-error'),
);
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch();
});

for (const picker of document.querySelectorAll<HTMLElement>('.person-picker')) {
  const end = picker.dataset.role as 'from' | 'to';
  bindSearch(
    pathInputs[end],
    picker.querySelector('ul') as HTMLElement,
    ['Professional'],
    (node) => setPathEnd(end, node),
    $('path-result'),
  );
}

document.addEventListener('click', (event) => {
  for (const list of document.querySelectorAll<HTMLElement>('.results')) {
    if (!list.parentElement?.contains(event.target as Node)) list.hidden = true;
  }
});

const selects = {
  theme: $<HTMLSelectElement>('filter-theme'),
  alliance: $<HTMLSelectElement>('filter-alliance'),
  region: $<HTMLSelectElement>('filter-region'),
};
let options: Awaited<ReturnType<typeof api.filterOptions>> | null = null;
function fillFilterMenus() {
  fillSelect(selects.theme, options?.themes ?? []);
  fillSelect(selects.alliance, options?.alliances ?? []);
  fillSelect(selects.region, options?.regions ?? []);
}
for (const kind of ['theme', 'alliance', 'region'] as const) {
  selects[kind].addEventListener('change', () => void explorer.setFilter(kind, selects[kind].value || null));
}
$('clear-filters').addEventListener('click', () => {
  for (const select of Object.values(selects)) select.value = '';
  explorer.filters = { hiddenLabels: new Set(), theme: null, alliance: null, region: null };
  explorer.filtersChanged(true);
});

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=colour]')) {
  radio.addEventListener('change', () => {
    explorer.colourMode = radio.value as ColourMode;
    explorer.refresh();
  });
}
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=size]')) {
  radio.addEventListener('change', () => {
    explorer.sizeMode = radio.value as SizeMode;
    explorer.refresh();
  });
}

const layoutButton = $('layout-toggle');
explorer.layout.onChange = (running) => {
  explorer.view.layoutRunning = running;
  explorer.view.refresh();
  layoutButton.dataset.i18n = running ? 'layoutPause' : 'layoutResume';
  layoutButton.textContent = t(running ? 'layoutPause' : 'layoutResume');
  $('app').dataset.layout = running ? 'running' : 'stopped';
};
layoutButton.addEventListener('click', () => explorer.layout.toggle());
$('load-overview').addEventListener('click', () => void explorer.overview());
$('expand-selected').addEventListener('click', () => explorer.expandSelected());
$('clear-graph').addEventListener('click', () => explorer.clear());

$('path-find').addEventListener(
  'click',
  () => void explorer.findPath(Number($<HTMLSelectElement>('path-hops').value)),
);
$('path-clear').addEventListener('click', () => {
  explorer.clearPath();
  explorer.refresh();
});

$('export-png').addEventListener('click', () => {
  void explorer.view.png().then((blob) => download(blob, 'maatschappelijk-brein.png'));
});
$('export-json').addEventListener('click', () => {
  const json = JSON.stringify(explorer.exportJson(), null, 2);
  download(new Blob([json], { type: 'application/json' }), 'maatschappelijk-brein.json');
});

const brain = new Brain(explorer, $<HTMLInputElement>('brain-topic'), $('brain-results'), $('brain-error'));
for (const button of document.querySelectorAll<HTMLElement>('[data-brain]')) {
  button.addEventListener('click', () => void brain.open(button.dataset.brain as BrainPanel));
}
$('brain-topic').addEventListener('keydown', (event) => {
  if (event.key === 'Enter') void brain.open('whoKnows');
});
$('brain-clear').addEventListener('click', () => brain.clear());

$('language').addEventListener('click', () => {
  const next: Language = language() === 'nl' ? 'en' : 'nl';
  localStorage.setItem('brein-lang', next);
  setLanguage(next);
  $('app').dataset.lang = next;
  fillFilterMenus();
  explorer.layout.onChange(explorer.layout.running());
  explorer.refresh();
  // Reasons are worded by the service in the language asked for.
  brain.rerun();
});

fillFilterMenus();
// ?focus=<id> opens the explorer around one node (the embeds link here); otherwise the overview.
// One request at a time: the service queues an anonymous client's parallel requests.
async function start(): Promise<void> {
  const focus = params.get('focus');
  if (focus) {
    const sub = await explorer.activity.run(() => api.neighborhood(focus, 1, 500), $('details-error'));
    if (sub) {
      explorer.add(sub, focus);
      await explorer.select(focus);
      explorer.view.focus([focus, ...explorer.graph.neighbors(focus)]);
    }
  } else {
    await explorer.overview();
  }
  options = (await explorer.activity.run(api.filterOptions, $('filter-error'))) ?? null;
  fillFilterMenus();
}
void start();
