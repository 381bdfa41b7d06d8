// The shortest chain of KNOWS ties between two people through visible people only.
// Parameters: $from, $to, $maxHops (1..6), $visible, $self (the viewer's own id or null: the
// viewer is always visible to themself).
// Returns: nodes, edges of the path (no row when there is none).
// The end is sought inside the subquery, per start, so the plan has no cartesian product. The
// visibility test sits inside the quantified pattern, so the search itself avoids hidden people
// (a test after SHORTEST would discard the shortest path and miss longer visible ones).
MATCH (a:Professional {id: $from})
WHERE a.id = $self OR coalesce(a.visibility, 'PUBLIC') IN $visible
CALL (a) {
  MATCH p = SHORTEST 1 (a)((:Professional)-[:KNOWS]-(y:Professional)
      WHERE y.id = $self OR coalesce(y.visibility, 'PUBLIC') IN $visible){1,6}(b:Professional {id: $to})
  RETURN p
}
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*, __label: 'Professional'}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
