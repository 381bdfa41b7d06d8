// Partial: projects the path p into plain node maps (with __label) and edge maps. Binds p.
[n IN nodes(p) | n {.*, __label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
