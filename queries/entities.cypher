// entities: every entity, or those of one type, most-mentioned first.
// Parameters: $type (Person, Organization, Project, Event, Place, or null for all), $limit (integer).
// Returns: id, type, name, aliases, confidence, posts — ordered by posts desc, name, id.
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
OPTIONAL MATCH (p:Post)-[:MENTIONS]->(e)
WITH e, count(DISTINCT p) AS posts
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.confidence AS confidence, posts
ORDER BY posts DESC, name, id
LIMIT $limit
