// @template Label TYPE Others Left Right
// Relationships of one type and direction for a batch of nodes, with the node at the other end.
// Left/Right are the arrow heads ('<' / '>' or empty) chosen from the domain model.
// Parameters: $ids, $limit (cap per node, against hub fan-out).
// Returns: key (the asking node's id), from, to, properties, other (properties plus __label).
UNWIND $ids AS id
MATCH (n:{{Label}} {id: id})
CALL (n) {
  MATCH (n){{Left}}-[r:{{TYPE}}]-{{Right}}(m:{{Others}})
  RETURN r, m
  ORDER BY coalesce(m.name, m.title, m.text), m.id
  LIMIT toInteger($limit)
}
RETURN id AS key, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties,
  m {.*, __label: [l IN labels(m) WHERE l <> 'Entity'][0], __by: [work IN [m] | {{> entity/_by}}][0]} AS other
