// Partial: the topic nodes of a question, inside CALL () { }: the best $topicHits hits of $query
// (an escaped Lucene query, or null for none) in the knowledge index among $topicLabels, leaving
// out $excludeIds (the asker and its own texts), weighted by score / best score; hits below
// $minRelative of the best are left out, so that a word in passing does not bring noise. Work of
// people the viewer may not see is no hit ($seen, entity/_work-seen).
// Returns x, topicWeight.
WITH $query AS query
WHERE query IS NOT NULL
CALL db.index.fulltext.queryNodes('knowledge_text', query, {limit: 500}) YIELD node, score
WITH node, score
WHERE [l IN labels(node) WHERE l <> 'Entity'][0] IN $topicLabels AND NOT node.id IN $excludeIds
  AND all(work IN [node] WHERE {{> entity/_work-seen}})
WITH node, score
ORDER BY score DESC, node.id
LIMIT toInteger($topicHits)
WITH collect({node: node, score: score}) AS hits
UNWIND hits AS hit
WITH hit, hits[0].score AS best
WHERE hit.score >= $minRelative * best
RETURN hit.node AS x, hit.score / best AS topicWeight
