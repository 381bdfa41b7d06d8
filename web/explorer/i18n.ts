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
  pathNeedBoth: 'Kies eerst twee personen uit de lijsten.',
  pathNeedFrom: 'Kies bij "Van" een persoon uit de lijst.',
  pathNeedTo: 'Kies bij "Naar" een persoon uit de lijst.',
  overviewLoaded: '{clusters} clusters van een netwerk van {n} knopen; klik op een cluster om het te openen.',
  clusterName: 'Cluster {n} rond {name}',
  clusterLabel: 'Cluster {n}: {name} e.a. ({size})',
  clusterKind: 'Cluster',
  openCluster: 'Open {name}',
  openClusterShort: 'Cluster openen',
  expandNamed: 'Buren laden van {name}',
  hint: 'Klik op een knoop of cluster en kies daarna "Buren laden" (of dubbelklik) om verder te kijken.',
  members: 'Leden',
  errorNetwork: 'De dienst is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  errorUnavailable: 'De dienst is even niet beschikbaar. Probeer het zo opnieuw.',
  errorBusy: 'Het is even te druk. Probeer het over een paar seconden opnieuw.',
  errorNotFound: 'Niet gevonden; misschien is het intussen verwijderd.',
  errorBadInput: 'Deze vraag kan zo niet worden beantwoord; kies iets anders.',
  errorGeneric: 'Dit lukte niet. Probeer het opnieuw.',
  export: 'Exporteren',
  exportPng: 'Afbeelding (PNG)',
  exportJson: 'Gegevens (JSON)',
  details: 'Details',
  detailsEmpty: 'Klik op een knoop, cluster of zoekresultaat om details te zien.',
  expand: 'Buren laden',
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
  inView: 'in beeld',
  stats: '{nodes} knopen en {edges} verbindingen in beeld, {loaded} geladen',
  statsCommunities: '{n} clusters in beeld, modulariteit van het netwerk {q}',
  loading: 'Bezig met laden…',
  loaded: '{n} knopen toegevoegd.',
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
  pathNeedBoth: 'Pick two people from the lists first.',
  pathNeedFrom: 'Pick a person from the list under "From".',
  pathNeedTo: 'Pick a person from the list under "To".',
  overviewLoaded: '{clusters} clusters of a network of {n} nodes; click a cluster to open it.',
  clusterName: 'Cluster {n} around {name}',
  clusterLabel: 'Cluster {n}: {name} and others ({size})',
  clusterKind: 'Cluster',
  openCluster: 'Open {name}',
  openClusterShort: 'Open cluster',
  expandNamed: 'Load neighbours of {name}',
  hint: 'Click a node or cluster, then choose "Load neighbours" (or double-click) to look further.',
  members: 'Members',
  errorNetwork: 'The service cannot be reached. Check the connection and try again.',
  errorUnavailable: 'The service is unavailable for a moment. Try again shortly.',
  errorBusy: 'It is busy right now. Try again in a few seconds.',
  errorNotFound: 'Not found; it may have been removed meanwhile.',
  errorBadInput: 'This question cannot be answered as asked; choose something else.',
  errorGeneric: 'That did not work. Please try again.',
  export: 'Export',
  exportPng: 'Image (PNG)',
  exportJson: 'Data (JSON)',
  details: 'Details',
  detailsEmpty: 'Click a node, cluster or search result to see its details.',
  expand: 'Load neighbours',
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
  inView: 'in view',
  stats: '{nodes} nodes and {edges} ties in view, {loaded} loaded',
  statsCommunities: '{n} clusters in view, network modularity {q}',
  loading: 'Loading…',
  loaded: '{n} nodes added.',
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
    Question: 'Vraag',
    ConditionCheck: 'Leervoorwaarden',
    Commitment: 'Afspraak',
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
    Question: 'Question',
    ConditionCheck: 'Learning conditions',
    Commitment: 'Commitment',
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
  if (label === 'Cluster') return t('clusterKind');
  return LABEL_NAMES[current][label as Label] ?? label;
}
