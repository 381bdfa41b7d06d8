// Partial: for an insight or a question, the people who wrote or asked it (id, visibility), so
// that maySee can hide it with them; null for other nodes. Use in a map projection as
// __by: [work IN [x] | ...this partial...][0]. Binds work.
CASE WHEN work:Insight OR work:Question
  THEN [(work)<-[:AUTHORED]-(byw:Professional) | byw {.id, .visibility}]
    + [(work)-[:ASKED_BY]->(byw:Professional) | byw {.id, .visibility}]
END
