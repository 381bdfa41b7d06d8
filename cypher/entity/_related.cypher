// Partial, rendered once per relation field a query selects (CypherLibrary.fragment) and placed
// into the __related map of a list's node: the relationships of the parent node of one type and
// direction, each with, only where needed, its ends (Ends: for relations read in both
// directions) and its selected properties (LinkProperties), and the node at the other end with
// its selected properties (Fields), its label (OtherLabel: when more than one is possible), who
// wrote or asked it (By: when it can be an insight or a question) and,
// nested, the relation fields selected on that node (Nested). What is left out is known to the
// relation resolvers (src/graphql/shared/relations.ts), which fill it in: the rows stay small,
// and reading them is most of a nested list's cost. Same order and cap as
// relationship/load-related, so the answer is the one the loaders give.
// Parameters: $relatedLimit (cap per node).
{{Field}}: COLLECT {
  MATCH ({{Parent}}){{Left}}-[{{Rel}}:{{TYPE}}]-{{Right}}({{Child}}:{{Others}})
  WITH {{Rel}}, {{Child}}
  ORDER BY coalesce({{Child}}.name, {{Child}}.title, {{Child}}.text), {{Child}}.id
  LIMIT toInteger($relatedLimit)
  RETURN { {{Ends}}{{LinkProperties}}other: {{Child}} { {{Fields}}{{OtherLabel}}{{By}}{{Nested}} } }
}
