// Partial: the path p as node ids and edge maps, without node properties (the caller loads the
// few nodes it shows). Binds p.
[n IN nodes(p) | n.id] AS nodeIds,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
