// Partial: whether the viewer ($visible) may see node n as a live event shows it: a person by their
// visibility; an insight or a question when no hidden person wrote or asked it. Binds n.
(NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
  AND NOT EXISTS {
    MATCH (n)<-[:AUTHORED]-(hidden:Professional)
    WHERE NOT coalesce(hidden.visibility, 'PUBLIC') IN $visible
  }
  AND NOT EXISTS {
    MATCH (n)-[:ASKED_BY]->(hidden:Professional)
    WHERE NOT coalesce(hidden.visibility, 'PUBLIC') IN $visible
  }
