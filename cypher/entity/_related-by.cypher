// Partial of entity/_related: who wrote or asked the node at the other end (entity/_by), when it can
// be an insight or a question.
, __by: [work IN [{{Child}}] | {{> entity/_by}}][0]
