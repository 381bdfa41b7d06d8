// Brings the graph into Neo4j's page cache after a start: every node and relationship with its
// properties is read once, so the first requests do not wait for the store files (Community has
// no page-cache warm-up of its own). Also fills the label and type lookup indexes' pages.
// Parameters: none.
// Returns: touched (how many nodes and relationships were read).
MATCH (n)
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) + count(r) + sum(size(keys(properties(r)))) * 0 + sum(size(keys(properties(n)))) * 0 AS touched
