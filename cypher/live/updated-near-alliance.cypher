// Whether an updated node is shown on an alliance's pages: the alliance itself or a node tied to
// it, visible to the viewer (a person by their visibility; an insight or a question when no hidden
// person wrote or asked it, as in tie-visible).
// Parameters: $id, $allianceId, $visible.
// Returns: near (no row when the alliance or the node does not exist).
MATCH (a:Alliance {id: $allianceId})
MATCH (n:Entity {id: $id})
RETURN (n = a OR EXISTS { (a)--(n) })
  AND (NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
  AND NOT EXISTS {
    MATCH (n)<-[:AUTHORED]-(hidden:Professional)
    WHERE NOT coalesce(hidden.visibility, 'PUBLIC') IN $visible
  }
  AND NOT EXISTS {
    MATCH (n)-[:ASKED_BY]->(hidden:Professional)
    WHERE NOT coalesce(hidden.visibility, 'PUBLIC') IN $visible
  } AS near
