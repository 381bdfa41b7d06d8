// The latest check of each of the five conditions per unit, and the check before it.
// Parameters: $ids (alliance or initiative ids), $conditions (the five, in order).
// Returns per unit and condition: id, condition, score, checkedOn, previousScore (nulls when never
// or once checked).
UNWIND $ids AS id
MATCH (u:Entity {id: id})
UNWIND $conditions AS condition
CALL (u, condition) {
  OPTIONAL MATCH (c:ConditionCheck)-[:CHECKS]->(u)
  WHERE c.condition = condition
  WITH c
  ORDER BY c.checkedOn DESC, c.id
  RETURN collect(c) AS checks
}
RETURN id, condition, checks[0].score AS score, checks[0].checkedOn AS checkedOn,
  checks[1].score AS previousScore
