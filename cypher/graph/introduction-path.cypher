// The shortest chain of KNOWS ties between two people through visible people only.
// Parameters: $from, $to, $maxHops (1..6), $visible.
// Returns: nodes, edges of the path (no row when there is none).
// The end is sought inside the subquery, per start, so the plan has no cartesian product.
MATCH (a:Professional {id: $from})
CALL (a) {
  MATCH p = SHORTEST 1 (a)-[:KNOWS]-{1,6}(b:Professional {id: $to})
  WHERE all(n IN nodes(p) WHERE coalesce(n.visibility, 'PUBLIC') IN $visible)
  RETURN p
}
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*, __label: 'Professional'}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
