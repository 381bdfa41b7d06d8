// Derives the status of bottlenecks from the alliances that recorded them: OPEN while any of them
// still faces it (a tie without a status counts as OPEN), ADDRESSED when all have addressed it;
// a bottleneck no alliance recorded keeps the status it was given.
// Parameters: $ids (bottleneck ids).
// Returns: id, status (of the bottlenecks that alliances recorded).
UNWIND $ids AS id
MATCH (b:Bottleneck {id: id})
WITH b, COLLECT { MATCH (b)<-[r:RECORDED]-(:Alliance) RETURN coalesce(r.status, 'OPEN') } AS statuses
WHERE size(statuses) > 0
SET b.status = CASE WHEN 'OPEN' IN statuses THEN 'OPEN' ELSE 'ADDRESSED' END
RETURN b.id AS id, b.status AS status
