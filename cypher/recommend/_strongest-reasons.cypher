// Partial: the $reasons strongest pieces of `evidence` (a list of {kind, weight, p, step}), ties
// by kind and then by the ids along the path, each with the nodes (properties plus __label) and
// edges of its path. Pieces with the same `step` (when given: what the person did, such as the
// insight they wrote) count once, with their strongest: the same insight is not quoted twice, once
// as written and once as written about a bottleneck. Returns reasons. The times of the path's nodes
// and relationships (createdAt, updatedAt) come as epoch milliseconds (the service writes them as
// ISO instants: withInstants in src/db/values.ts): the driver builds each DateTime with 64-bit
// integer arithmetic, about 16 us apiece, and a who-knows answer's paths hold some 200 of them.
UNWIND evidence AS e
WITH e, [n IN nodes(e.p) | n.id] AS nodeIds
ORDER BY e.weight DESC, e.kind, nodeIds
WITH coalesce(e.step, nodeIds) AS step, collect({e: e, nodeIds: nodeIds})[0] AS strongest
WITH strongest.e AS e, strongest.nodeIds AS nodeIds
ORDER BY e.weight DESC, e.kind, nodeIds
LIMIT toInteger($reasons)
RETURN collect({
  kind: e.kind,
  weight: e.weight,
  nodes: [n IN nodes(e.p) | n {.*, __label: [l IN labels(n) WHERE l <> 'Entity'][0],
    createdAt: n.createdAt.epochMillis, updatedAt: n.updatedAt.epochMillis}],
  edges: [r IN relationships(e.p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    properties: r {.*, createdAt: r.createdAt.epochMillis, updatedAt: r.updatedAt.epochMillis}}]
}) AS reasons
