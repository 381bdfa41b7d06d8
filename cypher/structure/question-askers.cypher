// Who asks a question (to leave them and their own texts out of its suggested answers).
// Parameters: $id (question id).
// Returns: text, askers (ids).
MATCH (q:Question {id: $id})
RETURN q.text AS text, COLLECT { MATCH (q)-[:ASKED_BY]->(a) RETURN a.id } AS askers
