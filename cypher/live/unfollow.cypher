// A professional stops following a node.
// Parameters: $professionalId, $targetId.
// Returns: target (the node, whether or not it was followed; no row when it does not exist).
MATCH (t:Entity {id: $targetId})
OPTIONAL MATCH (:Professional {id: $professionalId})-[f:FOLLOWS]->(t)
DELETE f
RETURN t {.*, __label: [l IN labels(t) WHERE l <> 'Entity'][0]} AS target
