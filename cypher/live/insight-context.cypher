// An insight with what it is about: the themes (directly or through the practice, initiative or
// bottleneck it is about), bottlenecks and alliances (that recorded or took it up), and who wrote
// it (__by: each subscriber's maySee decides, so that one read serves every subscriber, the
// author who may see their own work included). No row when it is gone.
// Parameters: $id.
// Returns: node, themes, bottlenecks, alliances.
MATCH (n:Insight {id: $id})
RETURN n {.*, __label: 'Insight', __by: [work IN [n] | {{> entity/_by}}][0]} AS node,
  COLLECT { MATCH (n)-[:ABOUT]->(t:Theme) RETURN t.id
            UNION MATCH (n)-[:ABOUT]->()-[:IN_THEME]->(t:Theme) RETURN t.id } AS themes,
  COLLECT { MATCH (n)-[:ABOUT]->(b:Bottleneck) RETURN b.id } AS bottlenecks,
  COLLECT { MATCH (n)<-[:RECORDED]-(a:Alliance) RETURN a.id
            UNION MATCH (n)-[:TAKEN_UP]->(a:Alliance) RETURN a.id } AS alliances
