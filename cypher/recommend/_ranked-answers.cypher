// Partial: answers (people, practices, insights) ranked in the database, so that only the first
// $first leave it, each with its strongest $reasons pieces of evidence projected
// (recommend/_strongest-reasons; pieces through the same first step count once). Expects rows of
// target (the answer's node), kind, weight and p (the proving path, from the target). Score: the sum per target with
// diminishing returns (the n-th piece of a kind, strongest first, counts 1/n), rounded to 3
// decimals, as rank() in src/recommend/scoring.ts (equal after rounding: the sums here add each
// kind first); ties by id.
// Binds target, score, reasons, best first (ties by id); the caller returns them.
ORDER BY weight DESC
WITH target, kind, collect({weight: weight, p: p}) AS pieces
WITH target, kind, pieces,
  reduce(s = 0.0, i IN range(0, size(pieces) - 1) | s + pieces[i].weight / (i + 1)) AS part
WITH target, sum(part) AS raw, collect({kind: kind, pieces: pieces}) AS byKind
WITH target, round(raw * 1000) / 1000.0 AS score, byKind
ORDER BY score DESC, target.id
LIMIT toInteger($first)
WITH target, score, CASE WHEN $reasons > 0 THEN reduce(acc = [], k IN byKind | acc
  + [e IN k.pieces | {kind: k.kind, weight: e.weight, p: e.p, step: nodes(e.p)[1].id}]) ELSE [] END AS evidence
CALL (evidence) {
  {{> recommend/_strongest-reasons}}
}
