// An insight as a subscriber may see it, with what it is about: the themes (directly or through
// the practice, initiative or bottleneck it is about), bottlenecks and alliances (that recorded
// or took it up). No row when it is gone or written by someone the subscriber may not see.
// Parameters: $id, $visible.
// Returns: node, themes, bottlenecks, alliances.
MATCH (n:Insight {id: $id})
WHERE NOT EXISTS {
  MATCH (n)<-[:AUTHORED]-(hidden:Professional)
  WHERE NOT coalesce(hidden.visibility, 'PUBLIC') IN $visible
}
RETURN n {.*, __label: 'Insight'} AS node,
  COLLECT { MATCH (n)-[:ABOUT]->(t:Theme) RETURN t.id
            UNION MATCH (n)-[:ABOUT]->()-[:IN_THEME]->(t:Theme) RETURN t.id } AS themes,
  COLLECT { MATCH (n)-[:ABOUT]->(b:Bottleneck) RETURN b.id } AS bottlenecks,
  COLLECT { MATCH (n)<-[:RECORDED]-(a:Alliance) RETURN a.id
            UNION MATCH (n)-[:TAKEN_UP]->(a:Alliance) RETURN a.id } AS alliances
