// @template TYPE Right
// Creates relationships of one type or updates their properties (imports are idempotent).
// Right is '>' for directed types and empty for KNOWS (a tie stored in either direction).
// Parameters: $rows: list of {from, to, properties}; $actor.
// Returns: count.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:{{TYPE}}]-{{Right}}(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $actor
SET r += row.properties
RETURN count(r) AS count
