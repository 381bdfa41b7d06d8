// @template TYPE Right
// Creates the relationship or updates its properties (idempotent). Right is '>' for directed
// types and empty for KNOWS, whose MERGE then finds a tie stored in either direction. A tie
// whose status is set or changed records when (statusChangedAt: the digest dates the change by it).
// Parameters: $from, $to, $properties, $actor.
// Returns: from, to, properties.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:{{TYPE}}]-{{Right}}(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $actor
SET r.statusChangedAt = CASE
    WHEN $properties.status IS NULL OR r.status = $properties.status THEN r.statusChangedAt
    ELSE datetime()
  END
SET r += $properties
RETURN startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties
