export type Language = 'nl' | 'en';

// The graph's labels, from the domain model the server uses.
import { LABELS, type Label } from '../../src/domain/labels.js';

export { LABELS, type Label };

const nl = {
  title: 'Maatschappelijk Brein · Verkenner',
  controls: 'Bediening',
  searchLabel: 'Zoek in het netwerk',
  searchPlaceholder: 'Zoek mensen, praktijken, knelpunten…',
  searchButton: 'Zoek',
  noHits: 'Niets gevonden.',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  filters: 'Filters',
  labels: 'Soorten',
  theme: 'Thema',
  alliance: 'Alliantie',
  region: 'Regio',
  all: 'Alle',
  clearFilters: 'Filters wissen',
  view: 'Weergave',
  colourBy: 'Kleur',
  colourCommunity: 'Cluster (Louvain)',
  colourLabel: 'Soort',
  sizeBy: 'Grootte',
  sizeDegree: 'Aantal verbindingen',
  sizeBrokerage: 'Makelaarsrol (betweenness)',
  layoutPause: 'Layout pauzeren',
  layoutResume: 'Layout hervatten',
  overview: 'Overzicht laden',
  clearGraph: 'Alles wissen',
  path: 'Introductiepad',
  pathFrom: 'Van',
  pathTo: 'Naar',
  pathPersonPlaceholder: 'Zoek een persoon…',
  pathMaxHops: 'Maximaal aantal stappen',
  pathFind: 'Zoek pad',
  pathClear: 'Pad wissen',
  pathNone: 'Geen pad gevonden binnen {n} stappen.',
  pathFound: 'Pad van {n} stappen:',
  pathNeedBoth: 'Kies eerst twee personen.',
  export: 'Exporteren',
  exportPng: 'Afbeelding (PNG)',
  exportJson: 'Gegevens (JSON)',
  details: 'Details',
  detailsEmpty: 'Klik op een knoop of een zoekresultaat om details te zien.',
  expand: 'Buurt uitbreiden',
  depth: 'Diepte',
  pathStartHere: 'Pad vanaf hier',
  pathEndHere: 'Pad naar hier',
  center: 'Centreren',
  hide: 'Uit beeld halen',
  neighbours: 'Buren in beeld',
  more: 'en nog {n}',
  legend: 'Legenda',
  legendCommunities: 'Clusters',
  legendLabels: 'Soorten',
  cluster: 'Cluster {n}',
  clusterAround: 'rond {name}',
  otherClusters: 'Overige clusters',
  nodesCount: '{n} knopen',
  stats: '{nodes} knopen en {edges} verbindingen in beeld, {loaded} geladen',
  statsCommunities: '{n} clusters, modulariteit {q}',
  loading: 'Bezig met laden…',
  loaded: '{n} knopen toegevoegd.',
  computing: 'Makelaarsrol berekenen…',
  error: 'Er ging iets mis: {message}',
  degree: 'Verbindingen in beeld',
  brokerage: 'Makelaarsrol',
  communityOf: 'Cluster',
  graphLabel: 'Netwerkkaart; gebruik de lijsten ernaast om met het toetsenbord te navigeren',
};

type Messages = typeof nl;

const en: Messages = {
  title: 'Societal Brain · Explorer',
  controls: 'Controls',
  searchLabel: 'Search the network',
  searchPlaceholder: 'Search people, practices, bottlenecks…',
  searchButton: 'Search',
  noHits: 'Nothing found.',
  switchLanguage: 'Nederlands',
  switchLanguageLabel: 'Schakel naar Nederlands',
  filters: 'Filters',
  labels: 'Kinds',
  theme: 'Theme',
  alliance: 'Alliance',
  region: 'Region',
  all: 'All',
  clearFilters: 'Clear filters',
  view: 'View',
  colourBy: 'Colour',
  colourCommunity: 'Cluster (Louvain)',
  colourLabel: 'Kind',
  sizeBy: 'Size',
  sizeDegree: 'Number of ties',
  sizeBrokerage: 'Brokerage (betweenness)',
  layoutPause: 'Pause layout',
  layoutResume: 'Resume layout',
  overview: 'Load overview',
  clearGraph: 'Clear all',
  path: 'Introduction path',
  pathFrom: 'From',
  pathTo: 'To',
  pathPersonPlaceholder: 'Search a person…',
  pathMaxHops: 'Maximum number of steps',
  pathFind: 'Find path',
  pathClear: 'Clear path',
  pathNone: 'No path within {n} steps.',
  pathFound: 'Path of {n} steps:',
  pathNeedBoth: 'Choose two people first.',
  export: 'Export',
  exportPng: 'Image (PNG)',
  exportJson: 'Data (JSON)',
  details: 'Details',
  detailsEmpty: 'Click a node or a search result to see its details.',
  expand: 'Expand neighbourhood',
  depth: 'Depth',
  pathStartHere: 'Path from here',
  pathEndHere: 'Path to here',
  center: 'Centre',
  hide: 'Remove from view',
  neighbours: 'Neighbours in view',
  more: 'and {n} more',
  legend: 'Legend',
  legendCommunities: 'Clusters',
  legendLabels: 'Kinds',
  cluster: 'Cluster {n}',
  clusterAround: 'around {name}',
  otherClusters: 'Other clusters',
  nodesCount: '{n} nodes',
  stats: '{nodes} nodes and {edges} ties in view, {loaded} loaded',
  statsCommunities: '{n} clusters, modularity {q}',
  loading: 'Loading…',
  loaded: '{n} nodes added.',
  computing: 'Computing brokerage…',
  error: 'Something went wrong: {message}',
  degree: 'Ties in view',
  brokerage: 'Brokerage',
  communityOf: 'Cluster',
  graphLabel: 'Network map; use the lists beside it to navigate with the keyboard',
};

export type MessageKey = keyof Messages;

const LABEL_NAMES: Record<Language, Record<Label, string>> = {
  nl: {
    Professional: 'Professional',
    Organization: 'Organisatie',
    Alliance: 'Alliantie',
    Theme: 'Thema',
    Practice: 'Praktijk',
    Initiative: 'Initiatief',
    Insight: 'Inzicht',
    Bottleneck: 'Knelpunt',
    Event: 'Bijeenkomst',
    Region: 'Regio',
  },
  en: {
    Professional: 'Professional',
    Organization: 'Organisation',
    Alliance: 'Alliance',
    Theme: 'Theme',
    Practice: 'Practice',
    Initiative: 'Initiative',
    Insight: 'Insight',
    Bottleneck: 'Bottleneck',
    Event: 'Event',
    Region: 'Region',
  },
};

const MESSAGES: Record<Language, Messages> = { nl, en };
let current: Language = 'nl';

export function language(): Language {
  return current;
}

export function setLanguage(lang: Language): void {
  current = lang;
  document.documentElement.lang = lang;
  document.title = t('title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as MessageKey);
  }
  // data-i18n-attr="placeholder:searchPlaceholder aria-label:searchLabel"
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(' ')) {
      const [attr, key] = pair.split(':');
      if (attr && key) el.setAttribute(attr, t(key as MessageKey));
    }
  }
}

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[current][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

export function labelName(label: string): string {
  return LABEL_NAMES[current][label as Label] ?? label;
}
