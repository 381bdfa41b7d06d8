// @template Label
// Creates or updates nodes of one label by id (imports are idempotent). Default values apply to
// new nodes only: a stored node keeps the values of properties a row leaves out.
// Parameters: $rows: list of {id, properties, defaults, createdAt (ISO string or null)}; $actor.
// Returns: created (how many of the rows were new), createdIds (their ids).
UNWIND $rows AS row
MERGE (n:{{Label}} {id: row.id})
ON CREATE SET n:Entity, n += row.defaults, n.createdAt = coalesce(datetime(row.createdAt), datetime()),
  n.createdBy = $actor, n.__new = true
SET n += row.properties, n.updatedAt = datetime()
WITH n, coalesce(n.__new, false) AS created
REMOVE n.__new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, collect(CASE WHEN created THEN n.id END) AS createdIds
