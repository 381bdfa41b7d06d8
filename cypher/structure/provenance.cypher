// The sectors behind insights: those of the organisations where their authors work and of the
// partners of the alliances that recorded them, derived, never stored.
// Parameters: $ids (insight ids).
// Returns per insight: id, sectors (distinct, sorted).
UNWIND $ids AS id
MATCH (i:Insight {id: id})
RETURN id, COLLECT {
  CALL (i) {
    MATCH (i)<-[:AUTHORED]-(:Professional)-[:WORKS_AT]->(o:Organization)
    RETURN o.sector AS sector
    UNION
    MATCH (i)<-[:RECORDED]-(:Alliance)<-[:PARTNER_IN]-(o:Organization)
    RETURN o.sector AS sector
    UNION
    MATCH (i)<-[:RECORDED]-(:Initiative|Event)<-[:CONTRIBUTES_TO|ATTENDED]-(:Professional)-[:WORKS_AT]->(o:Organization)
    RETURN o.sector AS sector
  }
  WITH sector WHERE sector IS NOT NULL
  RETURN DISTINCT sector ORDER BY sector
} AS sectors
