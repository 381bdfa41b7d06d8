// A question as a subscriber may see it, with the themes and regions of whoever asked it (and
// the regions above those). No row when it is gone or asked by someone the subscriber may not see.
// Parameters: $id, $visible.
// Returns: node, themes, regions.
MATCH (n:Question {id: $id})
WHERE NOT EXISTS {
  MATCH (n)-[:ASKED_BY]->(hidden:Professional)
  WHERE NOT coalesce(hidden.visibility, 'PUBLIC') IN $visible
}
RETURN n {.*, __label: 'Question'} AS node,
  COLLECT { MATCH (n)-[:ASKED_BY]->()-[:IN_THEME|FOCUSES_ON|HAS_EXPERTISE]->(t:Theme) RETURN DISTINCT t.id } AS themes,
  COLLECT { MATCH (n)-[:ASKED_BY]->()-[:LOCATED_IN]->(:Region)-[:LOCATED_IN*0..4]->(r:Region) RETURN DISTINCT r.id } AS regions
