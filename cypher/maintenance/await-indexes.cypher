// Waits until every index is online (after a bulk load).
// Parameters: none. Returns: nothing.
CALL db.awaitIndexes(600)
