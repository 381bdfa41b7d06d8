// Number of domain nodes (0 means an empty database, which start-up fills with demo data).
// Parameters: none. Returns: count.
MATCH (n:Entity)
RETURN count(n) AS count
