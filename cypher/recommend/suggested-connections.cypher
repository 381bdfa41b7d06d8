// Candidates for a professional to meet, with the evidence for each: shared context (alliance,
// theme expertise, event, organisation, practice or initiative, bottleneck raised), complementarity
// (the candidate contributes to a practice that addresses a bottleneck I raised) and friends of
// friends. Each piece of evidence carries the degree of the shared node (rarer weighs more).
// Excluded: the person, people already known, hidden people. Fan-out per branch capped at 500.
// Parameters: $id, $visible.
// Returns: candidate, kind, degree (of the shared node), nodes, edges.
MATCH (me:Professional {id: $id})
CALL (me) {
  MATCH p = (me)-[:MEMBER_OF|HAS_EXPERTISE|ATTENDED|PRESENTED_AT|WORKS_AT|CONTRIBUTES_TO]->(c)
    <-[:MEMBER_OF|HAS_EXPERTISE|ATTENDED|PRESENTED_AT|WORKS_AT|CONTRIBUTES_TO]-(other:Professional)
  RETURN other, p, 'SHARED_' + toUpper([l IN labels(c) WHERE l <> 'Entity'][0]) AS kind, COUNT { (c)--() } AS degree
  LIMIT 500
  UNION
  MATCH p = (me)<-[:RAISED_BY]-(b:Bottleneck)-[:RAISED_BY]->(other:Professional)
  RETURN other, p, 'SHARED_BOTTLENECK' AS kind, COUNT { (b)--() } AS degree
  LIMIT 500
  UNION
  MATCH p = (me)<-[:RAISED_BY]-(b:Bottleneck)<-[:ADDRESSES]-(:Practice)<-[:CONTRIBUTES_TO]-(other:Professional)
  RETURN other, p, 'ADDRESSES_YOUR_BOTTLENECK' AS kind, COUNT { (b)--() } AS degree
  LIMIT 500
  UNION
  MATCH p = (me)-[:KNOWS]-(friend:Professional)-[:KNOWS]-(other:Professional)
  RETURN other, p, 'FRIEND_OF_FRIEND' AS kind, COUNT { (friend)-[:KNOWS]-() } AS degree
  LIMIT 500
}
WITH me, other, p, kind, degree
WHERE other <> me
  AND NOT (me)-[:KNOWS]-(other)
  AND coalesce(other.visibility, 'PUBLIC') IN $visible
  AND all(n IN nodes(p) WHERE NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
RETURN other.id AS candidate, kind, degree,
  {{> graph/_path-projection}}
