import { spawnSync } from 'node:child_process';
import { z } from 'zod';
import type { GraphData, NodeInput, RelationshipInput } from '../importing/graph-import.js';

/**
 * Real social networks for the offline evaluation, taken at run time from the Python package
 * networkx (its bundled graphs, and the example data that Debian's python3-networkx ships), so
 * that no data set is kept in this repository. Each network becomes a graph of Professionals with
 * one undirected KNOWS tie per connected pair, nothing else.
 */

export interface NetworkSpec {
  readonly name: string;
  readonly title: string;
  /** Where the data comes from, and what a tie means. */
  readonly source: string;
}

export const REAL_NETWORKS: readonly NetworkSpec[] = [
  {
    name: 'karate',
    title: "Zachary's karate club",
    source: 'networkx.karate_club_graph(): friendships outside the club among its 34 members (Zachary 1977)',
  },
  {
    name: 'davis',
    title: 'Davis southern women',
    source:
      'networkx.davis_southern_women_graph(), projected on the 18 women: a tie when two attended at least ' +
      'one of the 14 events together (Davis, Gardner and Gardner 1941)',
  },
  {
    name: 'florentine',
    title: 'Florentine families',
    source: 'networkx.florentine_families_graph(): marriages between 15 Renaissance families (Padgett)',
  },
  {
    name: 'lesmis',
    title: 'Les Misérables',
    source:
      'networkx.les_miserables_graph(): characters who appear in the same chapter (Knuth), weights ignored',
  },
  {
    name: 'hartford',
    title: 'Hartford drug users',
    source:
      'hartford_drug.edgelist, example data of Debian python3-networkx (Weeks et al. 2002): who named whom, ' +
      'read as undirected',
  },
];

/** A network as exported: labels of the nodes in a fixed order, ties as index pairs (i < j). */
export interface RealNetwork extends NetworkSpec {
  readonly labels: readonly string[];
  readonly ties: readonly (readonly [number, number])[];
}

export interface NetworkLoad {
  readonly networks: readonly RealNetwork[];
  /** Requested networks that could not be read, with the reason (e.g. a data file not installed). */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
  /** Set when none could be read at all: python3 or networkx missing. */
  readonly unavailable: string | null;
}

/**
 * Prints {"networks": [...], "skipped": [...]} for the names given as arguments, or
 * {"unavailable": reason} when networkx cannot be imported. Ties are undirected, without
 * self-loops, one per pair, as sorted index pairs; nodes keep the order networkx gives them.
 */
const EXPORT_SCRIPT = String.raw`
import glob, json, os, sys
try:
    import networkx as nx
    from networkx.algorithms import bipartite
except ImportError as error:
    print(json.dumps({"unavailable": "networkx is not installed for " + sys.executable + ": " + str(error)}))
    sys.exit(0)

def davis():
    g = nx.davis_southern_women_graph()
    return bipartite.projected_graph(g, g.graph["top"])

def shipped(filename):
    roots = [os.path.dirname(nx.__file__), os.path.join(sys.prefix, "share", "doc"), "/usr/share/doc", "/usr/local/share/doc"]
    for root in roots:
        if not os.path.isdir(root):
            continue
        pattern = os.path.join(root, "**", filename) if root == roots[0] else os.path.join(root, "*networkx*", "**", filename)
        found = sorted(glob.glob(pattern, recursive=True)) + sorted(glob.glob(pattern + ".gz", recursive=True))
        if found:
            return found[0]
    return None

def hartford():
    path = shipped("hartford_drug.edgelist")
    if path is None:
        raise LookupError("hartford_drug.edgelist not found (Debian: apt-get install python3-networkx)")
    return nx.Graph(nx.read_edgelist(path, create_using=nx.DiGraph))

builders = {
    "karate": nx.karate_club_graph,
    "davis": davis,
    "florentine": nx.florentine_families_graph,
    "lesmis": nx.les_miserables_graph,
    "hartford": hartford,
}
networks, skipped = [], []
for name in sys.argv[1:]:
    try:
        graph = nx.Graph(builders[name]())
    except Exception as error:
        skipped.append({"name": name, "reason": type(error).__name__ + ": " + str(error)})
        continue
    nodes = list(graph.nodes())
    index = {node: i for i, node in enumerate(nodes)}
    ties = sorted({tuple(sorted((index[a], index[b]))) for a, b in graph.edges() if a != b})
    networks.append({"name": name, "labels": [str(node) for node in nodes], "ties": [list(t) for t in ties]})
print(json.dumps({"networks": networks, "skipped": skipped}))
`;

const exportSchema = z.union([
  z.object({ unavailable: z.string() }),
  z.object({
    networks: z.array(
      z.object({
        name: z.string(),
        labels: z.array(z.string()),
        ties: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
      }),
    ),
    skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
  }),
]);

/** The spec of each name, or an error naming the unknown ones. */
export function networkSpecs(names: readonly string[]): NetworkSpec[] {
  const unknown = names.filter((name) => !REAL_NETWORKS.some((n) => n.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown network(s) ${unknown.join(', ')}; known: ${REAL_NETWORKS.map((n) => n.name).join(', ')}`,
    );
  }
  return names.map((name) => REAL_NETWORKS.find((n) => n.name === name) as NetworkSpec);
}

/** Exports the named networks with python3 and networkx (one short child process). */
export function loadRealNetworks(names: readonly string[], python = 'python3'): NetworkLoad {
  const specs = networkSpecs(names);
  if (specs.length === 0) return { networks: [], skipped: [], unavailable: null };
  const result = spawnSync(python, ['-c', EXPORT_SCRIPT, ...specs.map((s) => s.name)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      networks: [],
      skipped: [],
      unavailable: missing
        ? `${python} is not installed (or not on PATH)`
        : `${python} failed: ${result.error.message}`,
    };
  }
  if (result.status !== 0) {
    return {
      networks: [],
      skipped: [],
      unavailable: `${python} exited with ${result.status}: ${result.stderr.trim()}`,
    };
  }
  const parsed = exportSchema.parse(JSON.parse(result.stdout));
  if ('unavailable' in parsed) return { networks: [], skipped: [], unavailable: parsed.unavailable };
  const networks = parsed.networks.map((exported): RealNetwork => {
    const spec = specs.find((s) => s.name === exported.name);
    if (!spec) throw new Error(`python3 exported an unrequested network ${exported.name}`);
    for (const [a, b] of exported.ties) {
      if (a >= exported.labels.length || b >= exported.labels.length || a === b) {
        throw new Error(`${exported.name}: bad tie ${a}-${b}`);
      }
    }
    return { ...spec, labels: exported.labels, ties: exported.ties };
  });
  return { networks, skipped: parsed.skipped, unavailable: null };
}

/** The id of a network's i-th person: net-<network>-<i>. */
export function personId(network: string, index: number): string {
  return `net-${network}-${index}`;
}

/** The network as importable data: one Professional per node (named by its label), one KNOWS per tie. */
export function networkGraph(network: Pick<RealNetwork, 'name' | 'labels' | 'ties'>): GraphData {
  const nodes: NodeInput[] = network.labels.map((label, i) => ({
    id: personId(network.name, i),
    label: 'Professional',
    properties: { name: label },
  }));
  const relationships: RelationshipInput[] = network.ties.map(([a, b]) => ({
    type: 'KNOWS',
    from: personId(network.name, a),
    to: personId(network.name, b),
  }));
  return { nodes, relationships };
}
