// The seeds' structure on existing databases (idempotent: every statement can run again).
// Questions are nodes: ids, and a full-text index of their own for search.
CREATE CONSTRAINT question_id IF NOT EXISTS FOR (n:Question) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX question_text IF NOT EXISTS
FOR (n:Question) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false}};
// An initiative's question text becomes a Question it asks (the text stays on the initiative).
MATCH (i:Initiative)
WHERE i.question IS NOT NULL AND trim(i.question) <> '' AND NOT EXISTS { (:Question)-[:ASKED_BY]->(i) }
MERGE (q:Entity {id: 'question-' + i.id})
ON CREATE SET q:Question, q.text = i.question, q.status = 'OPEN', q.createdAt = datetime(),
  q.updatedAt = datetime(), q.createdBy = 'migration'
MERGE (q)-[r:ASKED_BY]->(i)
ON CREATE SET r.createdAt = datetime(), r.createdBy = 'migration';
// The status of a bottleneck lives on each alliance's tie to it: existing ties take the
// bottleneck's status, from which it is derived from now on.
MATCH (:Alliance)-[r:RECORDED]->(b:Bottleneck)
WHERE r.status IS NULL
SET r.status = coalesce(b.status, 'OPEN');
