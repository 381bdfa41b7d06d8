// The shortest chain of KNOWS ties between two people through visible people only.
// Parameters: $from, $to, $maxHops (1..6), $visible.
// Returns: nodes, edges of the path (no row when there is none).
MATCH (a:Professional {id: $from}), (b:Professional {id: $to})
MATCH p = SHORTEST 1 (a)-[:KNOWS]-{1,6}(b)
WHERE length(p) <= $maxHops
  AND all(n IN nodes(p) WHERE coalesce(n.visibility, 'PUBLIC') IN $visible)
RETURN [n IN nodes(p) | n {.*, __label: 'Professional'}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
