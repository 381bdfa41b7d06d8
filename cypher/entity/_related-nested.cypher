// Partial of entity/_related: the relation fields selected on the node at the other end.
, __related: { {{Related}} }
