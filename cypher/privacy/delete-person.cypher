// Deletes a person and every relationship they have. What they authored or raised stays (it is the
// alliances' memory), detached from them.
// Parameters: $id. Returns: keptInsights, keptBottlenecks (no row when there is no such person).
MATCH (p:Professional {id: $id})
WITH p, COUNT { (p)-[:AUTHORED]->(:Insight) } AS keptInsights, COUNT { (p)<-[:RAISED_BY]-(:Bottleneck) } AS keptBottlenecks
DETACH DELETE p
RETURN keptInsights, keptBottlenecks
