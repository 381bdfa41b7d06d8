// The domain label of each existing id (used to validate relationship writes).
// Parameters: $ids.
// Returns: id, label.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
