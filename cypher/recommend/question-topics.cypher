// The topic nodes a question finds (as whoKnows and ask use them), to show or check what a
// question was read as.
// Parameters: those of recommend/_question-hits.
// Returns: id, label, weight (score / best score), best first.
CALL () {
  {{> recommend/_question-hits}}
}
RETURN x.id AS id, [l IN labels(x) WHERE l <> 'Entity'][0] AS label, topicWeight AS weight
ORDER BY weight DESC, id
