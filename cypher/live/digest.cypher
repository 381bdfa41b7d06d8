// What happened since $since about what a professional follows: insights about, recorded by or
// taken up by it (for a theme also through its practices, initiatives and bottlenecks), questions
// asked by it (for a theme: by its alliances and initiatives and by the people whose expertise it
// is; dated by the day they were asked, askedOn, when known: an imported question is not new),
// answers to a followed question, the harvest of events a followed alliance hosted (dated by the
// event's day when known, else when it was tied to the event), and status changes on the ties
// between alliances and bottlenecks (dated when the status was set, or by the day of its `since`
// for ties written before that was recorded; an item for each end that is followed, one change).
// Work by people the viewer may not see (the viewer themself aside) is left out, and so are such
// people as answers; so is what the viewer wrote or asked themself (no news to them). With $only,
// just the events about that one node.
// `via` is the type of the tie from the item to what is followed (or to the middle node), and
// `midVia` that of the middle node to what is followed.
// Parameters: $professionalId, $since (datetime text), $visible, $seen, $only (id or null), $limit.
// Returns: kind, me, node, followed, middle, other, at, via, midVia.
MATCH (me:Professional {id: $professionalId})-[:FOLLOWS]->(t:Entity)
CALL (t) {
  MATCH (t)-[r:ABOUT|RECORDED|TAKEN_UP]-(n:Insight)
  WITH n, collect(type(r)) AS types
  RETURN 'INSIGHT_ADDED' AS kind, n, null AS middle, null AS other, n.createdAt AS at, false AS byDay,
    CASE WHEN 'RECORDED' IN types THEN 'RECORDED' WHEN 'TAKEN_UP' IN types THEN 'TAKEN_UP' ELSE 'ABOUT' END AS via,
    null AS midVia
  UNION
  MATCH (t:Theme)<-[:IN_THEME]-(m)<-[:ABOUT]-(n:Insight)
  RETURN 'INSIGHT_ADDED' AS kind, n, m AS middle, null AS other, n.createdAt AS at, false AS byDay,
    'ABOUT' AS via, 'IN_THEME' AS midVia
  UNION
  MATCH (t)<-[:ASKED_BY]-(n:Question)
  RETURN 'QUESTION_ASKED' AS kind, n, null AS middle, null AS other,
    CASE WHEN n.askedOn IS NULL THEN n.createdAt ELSE datetime({date: date(n.askedOn)}) END AS at, n.askedOn IS NOT NULL AS byDay,
    'ASKED_BY' AS via, null AS midVia
  UNION
  MATCH (t:Theme)<-[tie:IN_THEME|FOCUSES_ON|HAS_EXPERTISE]-(m)<-[:ASKED_BY]-(n:Question)
  WHERE m:Alliance OR m:Initiative OR m:Professional
  RETURN 'QUESTION_ASKED' AS kind, n, m AS middle, null AS other,
    CASE WHEN n.askedOn IS NULL THEN n.createdAt ELSE datetime({date: date(n.askedOn)}) END AS at, n.askedOn IS NOT NULL AS byDay,
    'ASKED_BY' AS via, type(tie) AS midVia
  UNION
  MATCH (t:Question)-[r:ANSWERED_BY]->(n)
  RETURN 'QUESTION_ANSWERED' AS kind, n, null AS middle, null AS other,
    CASE WHEN r.on IS NULL THEN n.createdAt ELSE datetime({date: date(r.on)}) END AS at,
    r.on IS NOT NULL AS byDay, 'ANSWERED_BY' AS via, null AS midVia
  UNION
  MATCH (t:Alliance)<-[:HOSTED_BY]-(m:Event)<-[r:HARVESTED_AT]-(n)
  RETURN 'HARVESTED' AS kind, n, m AS middle, null AS other,
    CASE WHEN m.date IS NULL THEN coalesce(r.createdAt, n.createdAt) ELSE datetime({date: date(m.date)}) END AS at,
    m.date IS NOT NULL AS byDay, 'HARVESTED_AT' AS via, 'HOSTED_BY' AS midVia
  UNION
  MATCH (t:Alliance)-[r:RECORDED]->(n:Bottleneck)
  WHERE r.status IS NOT NULL AND r.since IS NOT NULL
  RETURN 'BOTTLENECK_STATUS_CHANGED' AS kind, n, null AS middle, r {.status, .since, .note} AS other,
    coalesce(r.statusChangedAt, datetime({date: date(r.since)})) AS at, r.statusChangedAt IS NULL AS byDay,
    'RECORDED' AS via, null AS midVia
  UNION
  MATCH (t:Bottleneck)<-[r:RECORDED]-(a:Alliance)
  WHERE r.status IS NOT NULL AND r.since IS NOT NULL
  RETURN 'BOTTLENECK_STATUS_CHANGED' AS kind, a AS n, null AS middle, r {.status, .since, .note} AS other,
    coalesce(r.statusChangedAt, datetime({date: date(r.since)})) AS at, r.statusChangedAt IS NULL AS byDay,
    'RECORDED' AS via, null AS midVia
}
WITH me, t, kind, n, middle, other, at, byDay, via, midVia
// Ties dated by day (a status since, an answer on) count from the day of $since.
WHERE at IS NOT NULL
  AND (at >= datetime($since) OR (byDay AND date(at) >= date(datetime($since))))
  AND ($only IS NULL OR n.id = $only OR (kind = 'BOTTLENECK_STATUS_CHANGED' AND t.id = $only))
  AND (NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
  AND n <> me
  AND NOT EXISTS { MATCH (n)<-[:AUTHORED]-(me) }
  AND NOT EXISTS { MATCH (n)-[:ASKED_BY]->(me) }
  // Work of people the viewer may not see (entity/_work-seen: the viewer's own aside), and a
  // followed question whose asker the viewer no longer may see.
  AND all(work IN [n, t] WHERE {{> entity/_work-seen}})
RETURN kind,
  me {.*, __label: 'Professional'} AS me,
  n {.*, __label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node,
  t {.*, __label: [l IN labels(t) WHERE l <> 'Entity'][0]} AS followed,
  CASE WHEN middle IS NULL THEN null ELSE middle {.*, __label: [l IN labels(middle) WHERE l <> 'Entity'][0]} END AS middle,
  other,
  toString(at) AS at, via, midVia
ORDER BY at DESC
LIMIT toInteger($limit)
