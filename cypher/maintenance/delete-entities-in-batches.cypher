// Deletes every domain node, committing every 10,000 (after the relationships, so that no batch
// carries a hub's relationships). Auto-commit transaction; disposable databases only.
// Parameters: none. Returns: nothing.
MATCH (n:Entity)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
