// The domain label of each existing id (used to validate relationship writes and the ids a read
// names), with its visibility (people only; null elsewhere) and, for an insight or a question, who
// wrote or asked it (entity/_by).
// Parameters: $ids.
// Returns: id, label, visibility, by.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.visibility AS visibility,
  [work IN [n] | {{> entity/_by}}][0] AS by
