// Deletes every domain node and its relationships, keeping the schema and migration records.
// Used to reset a disposable database (tests, demo resets); never exposed through the API.
// Parameters: none. Returns: deleted.
MATCH (n:Entity)
DETACH DELETE n
RETURN count(n) AS deleted
