// A question with the themes and regions of whoever asked it (and the regions above those), and
// the people who asked it (__by: each subscriber's maySee decides, so that one read serves every
// subscriber, the asker included). No row when it is gone.
// Parameters: $id.
// Returns: node, themes, regions.
MATCH (n:Question {id: $id})
RETURN n {.*, __label: 'Question', __by: [work IN [n] | {{> entity/_by}}][0]} AS node,
  COLLECT { MATCH (n)-[:ASKED_BY]->()-[:IN_THEME|FOCUSES_ON|HAS_EXPERTISE]->(t:Theme) RETURN DISTINCT t.id } AS themes,
  COLLECT { MATCH (n)-[:ASKED_BY]->()-[:LOCATED_IN]->(:Region)-[:LOCATED_IN*0..4]->(r:Region) RETURN DISTINCT r.id } AS regions
