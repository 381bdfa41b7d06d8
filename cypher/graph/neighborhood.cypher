// @template Depth
// The nodes within {{Depth}} relationships of a node, and the relationships among them, capped.
// Hidden professionals, their work (insights, questions: entity/_work-seen) and the relationships
// through them are left out; the viewer ($self) is never hidden from themself. FOLLOWS is left
// out: what a person follows is theirs alone.
// Depth (1, 2 or 3) is a template value so that the traversal stops there.
// Parameters: $id, $limit, $visible, $self (the viewer's own id or null), $seen.
// Returns: nodes, edges.
MATCH (start:Entity {id: $id})
WHERE (NOT start:Professional OR start.id = $self OR coalesce(start.visibility, 'PUBLIC') IN $visible)
  AND all(work IN [start] WHERE {{> entity/_work-seen}})
CALL (start) {
  MATCH p = (start)-[*1..{{Depth}}]-(n:Entity)
  WHERE all(x IN nodes(p) WHERE (NOT x:Professional OR x.id = $self
    OR coalesce(x.visibility, 'PUBLIC') IN $visible) AND all(work IN [x] WHERE {{> entity/_work-seen}}))
    AND none(r IN relationships(p) WHERE r:FOLLOWS)
  WITH n, min(length(p)) AS distance
  ORDER BY distance, n.id LIMIT toInteger($limit) - 1
  // One row even for a node without ties, so that it is found with an empty neighbourhood.
  RETURN collect(n) AS others
}
WITH [start] + others AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:!FOLLOWS]->(b:Entity)
  WHERE b IN members
  RETURN collect({type: type(r), from: a.id, to: b.id, properties: properties(r)}) AS edges
}
RETURN [m IN members | m {.*, __label: [l IN labels(m) WHERE l <> 'Entity'][0]}] AS nodes, edges
