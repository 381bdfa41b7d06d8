// When no chain of KNOWS ties joins two people: the closest context they share, as a warm way in
// (both took part in an event, are members of an alliance, contribute to a practice or initiative,
// or work at an organisation), the smallest group first (a workshop of twelve says more than a
// congress), then by id. Both people must be visible (the viewer always is to themself).
// Parameters: $from, $to, $visible, $self (the viewer's own id or null).
// Returns: label (of the shared node), nodes, edges (from -> shared <- to), or no row.
MATCH (a:Professional {id: $from})
WHERE a.id = $self OR coalesce(a.visibility, 'PUBLIC') IN $visible
CALL (a) {
  MATCH (b:Professional {id: $to})
  WHERE b.id = $self OR coalesce(b.visibility, 'PUBLIC') IN $visible
  MATCH p = (a)-[:ATTENDED|PRESENTED_AT|MEMBER_OF|CONTRIBUTES_TO|WORKS_AT]->(c)
    <-[:ATTENDED|PRESENTED_AT|MEMBER_OF|CONTRIBUTES_TO|WORKS_AT]-(b)
  WITH p, c, COUNT { (c)--() } AS size
  RETURN p, [l IN labels(c) WHERE l <> 'Entity'][0] AS label
  ORDER BY size, c.id
  LIMIT 1
}
RETURN label, {{> graph/_path-projection}}
