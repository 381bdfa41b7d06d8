// @template TYPE Right
// Creates the relationship or updates its properties (idempotent). Right is '>' for directed
// types and empty for KNOWS, whose MERGE then finds a tie stored in either direction.
// Parameters: $from, $to, $properties, $actor.
// Returns: from, to, properties.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:{{TYPE}}]-{{Right}}(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $actor
SET r += $properties
RETURN startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties
