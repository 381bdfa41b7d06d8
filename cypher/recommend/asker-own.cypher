// What belongs to those who ask a question, so that answers leave it out: each asker itself, the
// texts it wrote, recorded or contributes to, the insights about it, the bottlenecks it raised, and
// its people (the contributors of an initiative, the members of an alliance).
// Parameters: $ids (Professionals, Initiatives, Alliances or Events; unknown ids are skipped).
// Returns: ids (one row; an empty list when there is nothing).
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WITH [a.id]
  + COLLECT { MATCH (a)-[:AUTHORED|CONTRIBUTES_TO|RECORDED]->(t) RETURN t.id }
  + COLLECT { MATCH (a)<-[:ABOUT|RAISED_BY]-(t) RETURN t.id }
  + COLLECT { MATCH (a)<-[:CONTRIBUTES_TO|MEMBER_OF]-(p:Professional) RETURN p.id } AS own
UNWIND own AS ownId
RETURN collect(DISTINCT ownId) AS ids
