// @template Fields
// Weaker suggestions for when the evidence of recommend/suggested-connections gives fewer than
// asked: ALLIANCE_THEME (expertise in a theme one of my alliances focuses on), NEARBY (located in
// the same province or country through the region tree), and CONNECTOR (people with many ties
// first, for someone whose profile says little yet; in the end anyone visible, so that a list is
// only short when the graph has no more candidates). Taken in id order, bounded per branch, so that every run
// gives the same answer. Excluded: me, people I know, $excludeIds (already suggested), hidden
// people (also inside a path). Me must be one the viewer may see ($visible, or $self: the
// viewer's own id), and counts as seen inside the paths.
// Weight: $kindWeights[kind] x rarity 1 / ln(2 + size of the shared group, for NEARBY at most
// $crowd); CONNECTOR: $kindWeights.CONNECTOR x ln(1 + ties) / 10. Score: the strongest piece plus a tenth of the others.
// Parameters: $id, $self, $regionId (as suggested-connections), $visible, $excludeIds, $kindWeights, $crowd,
// $nearby (paths per region), $connectors (the CONNECTOR candidates: list of {id, ties}, as
// recommend/connectors reads them), $first, $reasons.
// Returns per suggestion, best first: id, score, node, reasons (as suggested-connections).
MATCH (me:Professional {id: $id})
WHERE me.id = $self OR coalesce(me.visibility, 'PUBLIC') IN $visible
CALL (me) {
  MATCH (me)-[:MEMBER_OF]->(:Alliance)-[:FOCUSES_ON]->(t:Theme)
  WITH DISTINCT me, t, COUNT { (t)<-[:HAS_EXPERTISE]-() } AS size
  CALL (me, t) {
    MATCH p = (me)-[:MEMBER_OF]->(:Alliance)-[:FOCUSES_ON]->(t)<-[:HAS_EXPERTISE]-(other:Professional)
    RETURN other, p
    ORDER BY other.id
    LIMIT 100
  }
  RETURN other, p, 'ALLIANCE_THEME' AS kind, size
  UNION
  MATCH (me)-[:LOCATED_IN]->(:Region)-[:LOCATED_IN*1..2]->(r:Region)
  WITH DISTINCT me, r
  // The people of a region, counted up to $crowd: a province or a country of tens of thousands
  // is read no further (it counts as $crowd), and its people are found in id order through the
  // index instead of walking the whole region.
  WITH me, r, COUNT { MATCH (r)<-[:LOCATED_IN*1..3]-(:Professional) RETURN 1 LIMIT toInteger($crowd) } AS size
  CALL (me, r, size) {
    WITH me, r, size
    WHERE size < $crowd
    MATCH p = (me)-[:LOCATED_IN]->(:Region)-[:LOCATED_IN*1..2]->(r)<-[:LOCATED_IN*1..3]-(other:Professional)
    RETURN other, p
    ORDER BY other.id
    LIMIT toInteger($nearby)
    UNION ALL
    WITH me, r, size
    WHERE size >= $crowd
    MATCH (other:Professional)
    USING INDEX other:Professional(id)
    WHERE other.id IS NOT NULL AND EXISTS { (other)-[:LOCATED_IN*1..3]->(r) }
    WITH me, r, other
    ORDER BY other.id
    // The paths of each, as the walk above finds them (a path uses a tie once: someone whose way
    // up shares mine has none), met in the region from both ends: walking down from a crowded
    // region is what is avoided. The first $nearby paths in id order, as above.
    CALL (me, r, other) {
      MATCH p = (me)-[:LOCATED_IN]->(:Region)-[:LOCATED_IN*1..2]->(met:Region)<-[:LOCATED_IN*1..3]-(other)
      USING JOIN ON met
      WHERE met = r
      RETURN p
    }
    RETURN other, p
    ORDER BY other.id
    LIMIT toInteger($nearby)
  }
  RETURN other, p, 'NEARBY' AS kind, size
  UNION
  UNWIND $connectors AS connector
  MATCH p = (other:Professional {id: connector.id})
  RETURN other, p, 'CONNECTOR' AS kind, -connector.ties AS size
}
WITH me, other, p, kind, size
WHERE other <> me
  AND NOT other.id IN $excludeIds
  AND NOT (me)-[:KNOWS]-(other)
  AND coalesce(other.visibility, 'PUBLIC') IN $visible
  AND all(n IN nodes(p) WHERE n = me OR NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
  AND ($regionId IS NULL
    OR EXISTS { (other)-[:LOCATED_IN|WORKS_AT]->()-[:LOCATED_IN*0..4]->(:Region {id: $regionId}) })
WITH other, p, kind,
  CASE WHEN kind = 'CONNECTOR' THEN coalesce($kindWeights[kind], 0.1) * log(1 - size) / 10
    ELSE coalesce($kindWeights[kind], 0.1) / log(2 + size) END AS weight
ORDER BY weight DESC
WITH other, collect({kind: kind, weight: weight, p: p}) AS evidence
WITH other, evidence, evidence[0].weight + reduce(s = 0.0, e IN evidence[1..] | s + e.weight) / 10 AS raw
WITH other, evidence, round(raw * 1000) / 1000.0 AS score
ORDER BY score DESC, other.id
LIMIT toInteger($first)
CALL (evidence) {
  {{> recommend/_strongest-reasons}}
}
RETURN other.id AS id, score, other { {{Fields}}, __label: 'Professional' } AS node, reasons
