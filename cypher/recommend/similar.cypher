// Practices and initiatives similar to a practice or initiative: same theme (SAME_THEME), same
// bottleneck addressed (SAME_BOTTLENECK), a visible contributor in common (SAME_CONTRIBUTOR), or
// applied together (APPLIED_TOGETHER: an initiative applies both, or both apply one practice).
// Parameters: $id, $visible.
// Returns: target, kind, degree (of the shared node), nodes, edges.
MATCH (x:Entity {id: $id})
WHERE x:Practice OR x:Initiative
CALL (x) {
  MATCH p = (x)-[:IN_THEME]->(t:Theme)<-[:IN_THEME]-(o:Practice|Initiative)
  RETURN o, p, 'SAME_THEME' AS kind, COUNT { (t)<-[:IN_THEME]-() } AS degree
  LIMIT 300
  UNION
  MATCH p = (x)-[:ADDRESSES]->(b:Bottleneck)<-[:ADDRESSES]-(o:Practice)
  RETURN o, p, 'SAME_BOTTLENECK' AS kind, COUNT { (b)<-[:ADDRESSES]-() } AS degree
  LIMIT 300
  UNION
  MATCH p = (x)<-[:CONTRIBUTES_TO]-(c:Professional)-[:CONTRIBUTES_TO]->(o:Practice|Initiative)
  RETURN o, p, 'SAME_CONTRIBUTOR' AS kind, COUNT { (c)-[:CONTRIBUTES_TO]->() } AS degree
  LIMIT 300
  UNION
  MATCH p = (x)-[:APPLIES]-(m)-[:APPLIES]-(o:Practice|Initiative)
  RETURN o, p, 'APPLIED_TOGETHER' AS kind, COUNT { (m)-[:APPLIES]-() } AS degree
  LIMIT 300
}
WITH x, o, p, kind, degree
WHERE o <> x
  AND all(n IN nodes(p) WHERE NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
RETURN o.id AS target, kind, degree,
  {{> graph/_path-projection}}
