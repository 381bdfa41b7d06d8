// Names of the migrations already applied.
// Parameters: none. Returns: name.
MATCH (m:Migration)
RETURN m.name AS name
