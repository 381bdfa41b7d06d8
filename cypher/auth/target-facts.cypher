// What the access rules need to know about nodes: label, creator, and the alliances they belong to
// (the alliance itself, or alliances one relationship away; never for people).
// Parameters: $ids. Returns: id, label, createdBy, alliances.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.createdBy AS createdBy,
  CASE
    WHEN n:Professional THEN []
    WHEN n:Alliance THEN [n.id]
    ELSE COLLECT { MATCH (n)--(a:Alliance) RETURN DISTINCT a.id }
  END AS alliances
