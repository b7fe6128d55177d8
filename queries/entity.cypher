// entity: one entity with the number of posts that mention it.
// Parameters: $id (entity id, e.g. "person:george-dunlap").
// Returns: id, type, name, aliases, confidence, posts — zero or one row.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (p:Post)-[:MENTIONS]->(e)
WITH e, count(DISTINCT p) AS posts
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.confidence AS confidence, posts
