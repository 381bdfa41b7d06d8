// A professional stops following a node. A question asked by someone the viewer may not see is as
// unknown as with live/follow.
// Parameters: $professionalId, $targetId, $labels (the labels that may be followed), $seen
// (entity/_work-seen).
// Returns: target (the node, whether or not it was followed; no row when either end is missing or
// the target is not of a kind that may be followed).
MATCH (p:Professional {id: $professionalId})
MATCH (t:Entity {id: $targetId})
WHERE any(l IN labels(t) WHERE l IN $labels)
  AND all(work IN [t] WHERE {{> entity/_work-seen}})
OPTIONAL MATCH (p)-[f:FOLLOWS]->(t)
DELETE f
RETURN t {.*, __label: [l IN labels(t) WHERE l <> 'Entity'][0]} AS target
