// Brings the graph into Neo4j's page cache after a start: every node and every relationship is
// read once with its properties, so the first requests do not wait for the store files (Community
// has no page-cache warm-up of its own).
// Parameters: none.
// Returns: nodes, relationships (how many were read), properties (how many values).
MATCH (n)
WITH count(n) AS nodes, sum(size(keys(properties(n)))) AS nodeProperties
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships, sum(size(keys(properties(r)))) AS relationshipProperties
}
RETURN nodes, relationships, nodeProperties + relationshipProperties AS properties
