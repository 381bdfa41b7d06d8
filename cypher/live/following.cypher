// What each of these professionals follows, most recent first.
// Parameters: $ids.
// Returns: id, targets.
UNWIND $ids AS id
OPTIONAL MATCH (:Professional {id: id})-[f:FOLLOWS]->(t:Entity)
WITH id, t, f
ORDER BY f.since DESC
RETURN id, collect(t {.*, __label: [l IN labels(t) WHERE l <> 'Entity'][0]}) AS targets
