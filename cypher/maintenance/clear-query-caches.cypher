// Clears cached query plans, so that the next plans are made for the graph as it is now.
// Parameters: none. Returns: nothing.
CALL db.clearQueryCaches()
