// neighbours: talks, appearances and affiliations touching an entity, for the graph view.
// Parameters: $id (entity id).
// Returns: rel, source, target, other, otherName, otherType, posts —
//   one row per (rel, source, target), ordered by rel, source, target.
MATCH (e:Entity {id: $id})-[r:TALKED_ABOUT|SPOKE_AT|AFFILIATED_WITH]-(o:Entity)
WITH type(r) AS rel, startNode(r).id AS source, endNode(r).id AS target, o, count(DISTINCT r.post) AS posts
RETURN rel, source, target, o.id AS other, o.name AS otherName, o.type AS otherType, posts
ORDER BY rel, source, target
