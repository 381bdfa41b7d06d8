// What a set of professionals stand in: organisation sectors, regions and alliances (for the
// bonus that rewards meeting across differences).
// Parameters: $ids.
// Returns: id, sectors, regions, alliances.
UNWIND $ids AS id
MATCH (p:Professional {id: id})
RETURN id,
  COLLECT { MATCH (p)-[:WORKS_AT]->(o:Organization) RETURN DISTINCT o.sector } AS sectors,
  COLLECT { MATCH (p)-[:LOCATED_IN]->(r:Region) RETURN DISTINCT r.id } AS regions,
  COLLECT { MATCH (p)-[:MEMBER_OF]->(a:Alliance) RETURN DISTINCT a.id } AS alliances
