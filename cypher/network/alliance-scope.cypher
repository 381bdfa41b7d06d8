// The neighbourhood of an alliance, for network metrics: the alliance, its visible members, its
// partners, themes, recorded insights and bottlenecks, bottlenecks raised by it and events it
// hosted, and the organisations, practices and initiatives its members work at or contribute to.
// Parameters: $allianceId, $visible (visibilities of people to include).
// Returns: one row, none when there is no such alliance: ids (node ids, possibly repeated).
MATCH (a:Alliance {id: $allianceId})
CALL (a) {
  OPTIONAL MATCH (a)<-[:MEMBER_OF]-(p:Professional)
  WHERE coalesce(p.visibility, 'PUBLIC') IN $visible
  RETURN collect(p) AS members
}
CALL (a) {
  OPTIONAL MATCH (a)-[:PARTNER_IN|FOCUSES_ON|RECORDED|RAISED_BY|HOSTED_BY]-(x:Entity)
  RETURN collect(x) AS direct
}
CALL (members) {
  UNWIND members AS p
  MATCH (p)-[:WORKS_AT|CONTRIBUTES_TO]->(x:Entity)
  RETURN collect(x) AS around
}
RETURN [n IN [a] + members + direct + around | n.id] AS ids
