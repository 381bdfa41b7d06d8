// Nodes of any label by id (batched by the per-request node loader).
// Parameters: $ids: list of ids.
// Returns: one row per found id: node (its properties plus __label; createdAt and updatedAt as
// epoch milliseconds, which the service writes as ISO instants: see withInstants).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, __label: [l IN labels(n) WHERE l <> 'Entity'][0],
  createdAt: n.createdAt.epochMillis, updatedAt: n.updatedAt.epochMillis,
  __by: [work IN [n] | {{> entity/_by}}][0]} AS node
