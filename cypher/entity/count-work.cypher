// @template Label
// Number of insights or questions the viewer may see when nothing else narrows them (a
// connection's totalCount): all of the label (from Neo4j's count store) less those that a person
// the viewer may not see wrote or asked, found from those people through the visibility index.
// The same number as entity/count with entity/_filter-work, without checking every node.
// Parameters: $seen ({allowed, self, hidden: the visibilities not allowed}; not null).
// Returns: total.
MATCH (n:{{Label}})
WITH count(n) AS everything
RETURN everything - COUNT {
  MATCH (p:Professional)
  WHERE p.visibility IN $seen.hidden AND CASE WHEN p.id = $seen.self THEN false ELSE true END
  MATCH (p)-[:AUTHORED]->(w:{{Label}})
  RETURN w
  UNION
  MATCH (p:Professional)
  WHERE p.visibility IN $seen.hidden AND CASE WHEN p.id = $seen.self THEN false ELSE true END
  MATCH (w:{{Label}})-[:ASKED_BY]->(p)
  RETURN w
} AS total
