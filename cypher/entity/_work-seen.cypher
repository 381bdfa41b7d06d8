// Partial: whether the viewer may see `work` as an insight or a question (other nodes pass): not
// when a person the viewer may not see wrote or asked it (people always see their own). Use as
// all(work IN [x] WHERE ...this partial...). A hidden person's work is as hidden as they
// are; an erased person's work stays as memory without an author, and so is seen.
// Parameters: $seen: {allowed: [visibility], self: the viewer's own id or null}, or null (an
// administrator: all).
(NOT (work:Insight OR work:Question) OR $seen IS NULL OR (
  NOT EXISTS {
    MATCH (work)<-[:AUTHORED]-(byw:Professional)
    WHERE CASE WHEN byw.id = $seen.self THEN false ELSE NOT coalesce(byw.visibility, 'PUBLIC') IN $seen.allowed END
  }
  AND NOT EXISTS {
    MATCH (work)-[:ASKED_BY]->(byw:Professional)
    WHERE CASE WHEN byw.id = $seen.self THEN false ELSE NOT coalesce(byw.visibility, 'PUBLIC') IN $seen.allowed END
  }
))
