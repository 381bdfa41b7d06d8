// The sectors behind insights: those of the organisations where their authors work and of the
// partners of the alliances that recorded them, derived, never stored. Only people the viewer may
// see count: a hidden author's employer says nothing about the insight.
// Parameters: $ids (insight ids), $visible (visibilities the viewer may see), $self (the viewer's
// own professional id or null).
// Returns per insight: id, sectors (distinct, sorted).
UNWIND $ids AS id
MATCH (i:Insight {id: id})
RETURN id, COLLECT {
  CALL (i) {
    MATCH (i)<-[:AUTHORED]-(p:Professional)-[:WORKS_AT]->(o:Organization)
    WHERE coalesce(p.visibility, 'PUBLIC') IN $visible OR p.id = $self
    RETURN o.sector AS sector
    UNION
    MATCH (i)<-[:RECORDED]-(:Alliance)<-[:PARTNER_IN]-(o:Organization)
    RETURN o.sector AS sector
    UNION
    MATCH (i)<-[:RECORDED]-(:Initiative|Event)<-[:CONTRIBUTES_TO|ATTENDED]-(p:Professional)-[:WORKS_AT]->(o:Organization)
    WHERE coalesce(p.visibility, 'PUBLIC') IN $visible OR p.id = $self
    RETURN o.sector AS sector
  }
  WITH sector WHERE sector IS NOT NULL
  RETURN DISTINCT sector ORDER BY sector
} AS sectors
