// Deletes every relationship between domain nodes, committing every 10,000 (a graph of a million
// relationships does not fit in one transaction). Run in an auto-commit transaction, as
// CALL IN TRANSACTIONS requires. Benchmarks and resets of disposable databases only.
// Parameters: none. Returns: nothing.
MATCH (:Entity)-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
