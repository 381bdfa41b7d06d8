// What belongs to the one who asks a question, so that answers leave it out: the asker itself, the
// texts it wrote, recorded or contributes to, the insights about it, the bottlenecks it raised, and
// its people (the contributors of an initiative, the members of an alliance).
// Parameters: $id (a Professional, Initiative, Alliance or Event).
// Returns: ids (empty list when there is no such node).
OPTIONAL MATCH (a:Entity {id: $id})
RETURN CASE WHEN a IS NULL THEN [] ELSE [a.id]
  + COLLECT { MATCH (a)-[:AUTHORED|CONTRIBUTES_TO|RECORDED]->(t) RETURN t.id }
  + COLLECT { MATCH (a)<-[:ABOUT|RAISED_BY]-(t) RETURN t.id }
  + COLLECT { MATCH (a)<-[:CONTRIBUTES_TO|MEMBER_OF]-(p:Professional) RETURN p.id }
  END AS ids
