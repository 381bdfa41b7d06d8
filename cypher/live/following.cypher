// What each of these professionals follows, most recent first, without the questions asked by
// someone the viewer may not see (entity/_work-seen).
// Parameters: $ids, $seen.
// Returns: id, targets.
UNWIND $ids AS id
OPTIONAL MATCH (:Professional {id: id})-[f:FOLLOWS]->(t:Entity)
WHERE all(work IN [t] WHERE {{> entity/_work-seen}})
WITH id, t, f
ORDER BY f.since DESC
RETURN id, collect(t {.*, __label: [l IN labels(t) WHERE l <> 'Entity'][0]}) AS targets
