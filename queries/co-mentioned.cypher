// co-mentioned: entities named in the same posts as the given one, most shared posts first.
// Parameters: $id (entity id), $limit (integer).
// Returns: id, name, type, posts (shared) — ordered by posts desc, id.
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(p:Post)-[:MENTIONS]->(o:Entity)
WHERE o <> e
WITH o, count(DISTINCT p) AS posts
RETURN o.id AS id, o.name AS name, o.type AS type, posts
ORDER BY posts DESC, id
LIMIT $limit
