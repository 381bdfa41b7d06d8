// The knowledge index's hits for a question that some answer list may choose: of the index's best
// 500 (ties by id), those among the best $topicHits of each list's labels ($labelSets: a list of
// label lists), leaving out $excludeIds. ask reads them once and chooses, per answer list, the hits
// of its labels as recommend/_question-hits would (src/recommend/question-hits.ts).
// Work of people the viewer may not see is no hit ($seen, entity/_work-seen).
// Parameters: $query (an escaped Lucene query), $labelSets, $topicHits, $excludeIds, $seen.
// Returns: id, label, score, best first.
CALL db.index.fulltext.queryNodes('knowledge_text', $query, {limit: 500}) YIELD node, score
WITH node, score
WHERE all(work IN [node] WHERE {{> entity/_work-seen}})
WITH node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, score
WHERE NOT id IN $excludeIds
ORDER BY score DESC, id
WITH collect({id: id, label: label, score: score}) AS hits
UNWIND $labelSets AS labels
UNWIND [hit IN hits WHERE hit.label IN labels][..toInteger($topicHits)] AS hit
WITH DISTINCT hit
RETURN hit.id AS id, hit.label AS label, hit.score AS score
ORDER BY score DESC, id
