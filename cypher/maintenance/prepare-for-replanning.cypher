// Refreshes index statistics and clears the query plan cache, so that the next plans reflect the
// data as it is now (after a bulk load, before measuring plans).
// Parameters: none. Returns: nothing.
CALL db.prepareForReplanning()
