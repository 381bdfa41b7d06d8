// Candidates for a professional to meet, with the evidence for each: shared context (alliance,
// theme expertise, event, organisation, practice or initiative, bottleneck raised), complementarity
// (the candidate contributes to a practice that addresses a bottleneck I raised) and friends of
// friends. Each piece of evidence carries the degree of the shared node (rarer weighs more).
// Excluded: the person, people already known, hidden people. Fan-out is capped per shared node
// (200 people) and per branch (500 paths), taking people in id order so that the answer is
// the same on every run; hubs above $maxSharedDegree are skipped: their rarity
// weight is close to nothing while their fan-out would dominate the cost.
// Parameters: $id, $visible, $maxSharedDegree.
// Returns: candidate, kind, degree (of the shared node), nodes, edges.
MATCH (me:Professional {id: $id})
CALL (me) {
  MATCH (me)-[:MEMBER_OF|HAS_EXPERTISE|ATTENDED|PRESENTED_AT|WORKS_AT|CONTRIBUTES_TO|LOCATED_IN]->(c)
  WITH me, c, COUNT { (c)--() } AS degree
  WHERE degree <= $maxSharedDegree
  CALL (me, c) {
    MATCH p = (me)-[:MEMBER_OF|HAS_EXPERTISE|ATTENDED|PRESENTED_AT|WORKS_AT|CONTRIBUTES_TO|LOCATED_IN]->(c)
      <-[:MEMBER_OF|HAS_EXPERTISE|ATTENDED|PRESENTED_AT|WORKS_AT|CONTRIBUTES_TO|LOCATED_IN]-(other:Professional)
    RETURN other, p
    ORDER BY other.id
    LIMIT 200
  }
  RETURN other, p, 'SHARED_' + toUpper([l IN labels(c) WHERE l <> 'Entity'][0]) AS kind, degree
  UNION
  MATCH p = (me)<-[:RAISED_BY]-(b:Bottleneck)-[:RAISED_BY]->(other:Professional)
  RETURN other, p, 'SHARED_BOTTLENECK' AS kind, COUNT { (b)--() } AS degree
  ORDER BY other.id
  LIMIT 500
  UNION
  MATCH p = (me)<-[:RAISED_BY]-(b:Bottleneck)<-[:ADDRESSES]-(:Practice)<-[:CONTRIBUTES_TO]-(other:Professional)
  RETURN other, p, 'ADDRESSES_YOUR_BOTTLENECK' AS kind, COUNT { (b)--() } AS degree
  ORDER BY other.id
  LIMIT 500
  UNION
  MATCH (me)-[:KNOWS]-(friend:Professional)
  WITH me, friend, COUNT { (friend)-[:KNOWS]-() } AS degree
  WHERE degree <= $maxSharedDegree
  CALL (me, friend) {
    MATCH p = (me)-[:KNOWS]-(friend)-[:KNOWS]-(other:Professional)
    RETURN other, p
    ORDER BY other.id
    LIMIT 200
  }
  RETURN other, p, 'FRIEND_OF_FRIEND' AS kind, degree
}
WITH me, other, p, kind, degree
WHERE other <> me
  AND NOT (me)-[:KNOWS]-(other)
  AND coalesce(other.visibility, 'PUBLIC') IN $visible
  AND all(n IN nodes(p) WHERE NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
RETURN other.id AS candidate, kind, degree,
  {{> graph/_path-refs}}
