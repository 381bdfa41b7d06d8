// @template Fields
// People a professional should meet, best first, scored here so that only the suggestions leave
// the database. Evidence: shared context (alliance, theme expertise, event, organisation,
// practice or initiative, region, bottleneck raised), complementarity (the candidate contributes
// to a practice that addresses a bottleneck I raised) and friends of friends.
// Excluded: the person, people already known, hidden people (also inside a path). The person
// themself must be one the viewer may see ($visible, or $self: the viewer's own id), and counts as
// seen inside the paths.
// Fan-out is capped per shared node (200 people) and per branch (500 paths), taking people in id order so
// that the answer is the same on every run; hubs above $maxSharedDegree are skipped: their rarity
// weight is close to nothing while their fan-out would dominate the cost.
// Weight of a piece: $kindWeights[kind] (else 0.5) x rarity 1 / ln(2 + degree of the shared
// node). Base score: the sum per candidate with diminishing returns (the n-th piece of a kind,
// strongest first, counts 1/n). THREE_STEPS (a chain of three KNOWS ties, bounded: 10 friends, 100
// of their friends, 10 of theirs each) is weak evidence that fills lists and breaks ties. The bridging bonus ($bonus.sector, .region, .alliance when our
// sectors, regions, alliances have nothing in common) raises it by at most $maxBonus, so only
// candidates whose rounded base score times (1 + $maxBonus) reaches the $first-th get it; the
// score is the base times (1 + bonus), rounded to 3 decimals; ties by id.
// With $regionId, only people located (themselves or their organisation) in that region or one
// inside it.
// Parameters: $id, $self (the viewer's own id or null), $regionId, $visible, $maxSharedDegree, $kindWeights, $bonus, $maxBonus, $first, $reasons
// (strongest pieces of evidence returned per suggestion; 0 for none, and then no evidence is gathered
// into lists).
// Returns per suggestion, best first: id, score, node (the professional: properties plus __label),
// reasons: list of {kind, weight, nodes, edges} (the proving path with its nodes), and when the
// bridging bonus applies a BRIDGING reason (weight: the part of the score it adds) whose nodes are
// me, my organisation and theirs (another sector), their region, their alliance, and the other.
MATCH (me:Professional {id: $id})
WHERE me.id = $self OR coalesce(me.visibility, 'PUBLIC') IN $visible
// Each branch gives its own kind, and within a branch every path once (the nodes it starts from
// taken once each, though two ties may lead to them): UNION ALL, no paths compared.
CALL (me) {
  MATCH (me)-[:MEMBER_OF|HAS_EXPERTISE|ATTENDED|PRESENTED_AT|WORKS_AT|CONTRIBUTES_TO|LOCATED_IN]->(c)
  WITH DISTINCT me, c
  WITH me, c, COUNT { (c)--() } AS degree
  WHERE degree <= $maxSharedDegree
  CALL (me, c) {
    MATCH p = (me)-[:MEMBER_OF|HAS_EXPERTISE|ATTENDED|PRESENTED_AT|WORKS_AT|CONTRIBUTES_TO|LOCATED_IN]->(c)
      <-[:MEMBER_OF|HAS_EXPERTISE|ATTENDED|PRESENTED_AT|WORKS_AT|CONTRIBUTES_TO|LOCATED_IN]-(other:Professional)
    RETURN other, p
    ORDER BY other.id
    LIMIT 200
  }
  RETURN other, p, 'SHARED_' + toUpper([l IN labels(c) WHERE l <> 'Entity'][0]) AS kind, degree
  UNION ALL
  MATCH p = (me)<-[:RAISED_BY]-(b:Bottleneck)-[:RAISED_BY]->(other:Professional)
  RETURN other, p, 'SHARED_BOTTLENECK' AS kind, COUNT { (b)--() } AS degree
  ORDER BY other.id
  LIMIT 500
  UNION ALL
  MATCH p = (me)<-[:RAISED_BY]-(b:Bottleneck)<-[:ADDRESSES]-(:Practice)<-[:CONTRIBUTES_TO]-(other:Professional)
  RETURN other, p, 'ADDRESSES_YOUR_BOTTLENECK' AS kind, COUNT { (b)--() } AS degree
  ORDER BY other.id
  LIMIT 500
  UNION ALL
  MATCH (me)-[:KNOWS]-(friend:Professional)
  WITH DISTINCT me, friend
  WITH me, friend, COUNT { (friend)-[:KNOWS]-() } AS degree
  WHERE degree <= $maxSharedDegree
  CALL (me, friend) {
    MATCH p = (me)-[:KNOWS]-(friend)-[:KNOWS]-(other:Professional)
    RETURN other, p
    ORDER BY other.id
    LIMIT 200
  }
  RETURN other, p, 'FRIEND_OF_FRIEND' AS kind, degree
  UNION ALL
  MATCH (me)-[:KNOWS]-(a:Professional)
  WITH DISTINCT me, a
  ORDER BY a.id
  LIMIT 10
  MATCH (a)-[:KNOWS]-(b:Professional)
  WHERE b <> me
  WITH DISTINCT me, a, b
  ORDER BY b.id
  LIMIT 100
  WITH me, a, b, COUNT { (a)-[:KNOWS]-() } * COUNT { (b)-[:KNOWS]-() } AS degree
  WHERE degree <= $maxSharedDegree
  CALL (me, a, b) {
    MATCH p = (me)-[:KNOWS]-(a)-[:KNOWS]-(b)-[:KNOWS]-(other:Professional)
    WHERE other <> a
    RETURN other, p
    ORDER BY other.id
    LIMIT 10
  }
  RETURN other, p, 'THREE_STEPS' AS kind, degree
}
WITH me, other, p, kind, degree
WHERE other <> me
  AND NOT (me)-[:KNOWS]-(other)
  AND coalesce(other.visibility, 'PUBLIC') IN $visible
  AND all(n IN nodes(p) WHERE n = me OR NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
  AND ($regionId IS NULL
    OR EXISTS { (other)-[:LOCATED_IN|WORKS_AT]->()-[:LOCATED_IN*0..4]->(:Region {id: $regionId}) })
WITH me, other, p, kind,
  coalesce($kindWeights[kind], 0.5) * (1.0 / log(2 + CASE WHEN degree > 0 THEN degree ELSE 0 END)) AS weight
ORDER BY weight DESC
WITH me, other, kind, collect({weight: weight, p: p}) AS pieces
UNWIND range(0, size(pieces) - 1) AS i
WITH me, other, kind, pieces[i] AS piece, i + 1 AS n
ORDER BY piece.weight DESC
WITH me, other, sum(piece.weight / n) AS raw,
  collect(CASE WHEN $reasons > 0 THEN {kind: kind, weight: piece.weight, p: piece.p} END) AS evidence
WITH me, other, raw, evidence, round(raw * 1000) / 1000.0 AS base
ORDER BY base DESC, other.id
WITH me, collect({other: other, raw: raw, base: base, evidence: evidence}) AS ranked
WITH me, ranked, coalesce(ranked[..toInteger($first)][-1].base, 0.0) AS kth,
  COLLECT { MATCH (me)-[:WORKS_AT]->(o:Organization) RETURN DISTINCT o.sector } AS mySectors,
  COLLECT { MATCH (me)-[:LOCATED_IN]->(r:Region) RETURN DISTINCT r.id } AS myRegions,
  COLLECT { MATCH (me)-[:MEMBER_OF]->(a:Alliance) RETURN DISTINCT a.id } AS myAlliances
UNWIND ranked AS candidate
WITH me, candidate, mySectors, myRegions, myAlliances
WHERE candidate.base * (1 + $maxBonus) >= kth
WITH me, candidate.other AS other, candidate.raw AS raw, candidate.evidence AS evidence,
  mySectors, myRegions, myAlliances
WITH me, other, raw, evidence, mySectors, myRegions, myAlliances,
  COLLECT { MATCH (other)-[:WORKS_AT]->(o:Organization) RETURN DISTINCT o.sector } AS sectors,
  COLLECT { MATCH (other)-[:LOCATED_IN]->(r:Region) RETURN DISTINCT r.id } AS regions,
  COLLECT { MATCH (other)-[:MEMBER_OF]->(a:Alliance) RETURN DISTINCT a.id } AS alliances
WITH me, other, raw, evidence, mySectors,
  size(mySectors) > 0 AND size(sectors) > 0 AND none(s IN mySectors WHERE s IN sectors) AS otherSector,
  size(myRegions) > 0 AND size(regions) > 0 AND none(r IN myRegions WHERE r IN regions) AS otherRegion,
  size(myAlliances) > 0 AND size(alliances) > 0 AND none(a IN myAlliances WHERE a IN alliances) AS otherNetwork
WITH me, other, raw, evidence, otherSector, otherRegion, otherNetwork,
  CASE WHEN otherSector THEN $bonus.sector ELSE 0.0 END
  + CASE WHEN otherRegion THEN $bonus.region ELSE 0.0 END
  + CASE WHEN otherNetwork THEN $bonus.alliance ELSE 0.0 END AS bonus
WITH me, other, evidence, raw, bonus, otherSector, otherRegion, otherNetwork,
  round(raw * (1 + bonus) * 1000) / 1000.0 AS score
ORDER BY score DESC, other.id
LIMIT toInteger($first)
// The nodes that prove the bonus, read for the suggestions shown only.
WITH me, other, evidence, raw, bonus, score,
  CASE WHEN otherSector AND $reasons > 0 THEN
    COLLECT { MATCH (me)-[w:WORKS_AT]->(o:Organization) WHERE o.sector IS NOT NULL
      RETURN {n: o, r: w} ORDER BY o.id LIMIT 1 }
    + COLLECT { MATCH (other)-[w:WORKS_AT]->(o:Organization) WHERE o.sector IS NOT NULL
      RETURN {n: o, r: w} ORDER BY o.id LIMIT 1 }
  ELSE [] END
  + CASE WHEN otherRegion AND $reasons > 0 THEN
    COLLECT { MATCH (other)-[l:LOCATED_IN]->(r:Region) RETURN {n: r, r: l} ORDER BY r.id LIMIT 1 }
  ELSE [] END
  + CASE WHEN otherNetwork AND $reasons > 0 THEN
    COLLECT { MATCH (other)-[m:MEMBER_OF]->(a:Alliance) RETURN {n: a, r: m} ORDER BY a.id LIMIT 1 }
  ELSE [] END AS bridges
CALL (evidence) {
  {{> recommend/_strongest-reasons}}
}
WITH me, other, score, reasons + CASE WHEN $reasons > 0 AND bonus > 0 THEN [{
  kind: 'BRIDGING',
  weight: round(raw * bonus * 1000) / 1000.0,
  nodes: [n IN [me] + [b IN bridges | b.n] + [other] | n {.*, __label: [l IN labels(n) WHERE l <> 'Entity'][0],
    createdAt: n.createdAt.epochMillis, updatedAt: n.updatedAt.epochMillis}],
  edges: [b IN bridges | {type: type(b.r), from: startNode(b.r).id, to: endNode(b.r).id, properties: properties(b.r)}]
}] ELSE [] END AS reasons
RETURN other.id AS id, score, other { {{Fields}}, __label: 'Professional' } AS node, reasons
