// posts-mentioning: the posts that mention an entity, newest first.
// Parameters: $id (entity id).
// Returns: post, title, url, date — ordered by date desc (undated last), post.
MATCH (p:Post)-[:MENTIONS]->(:Entity {id: $id})
WITH DISTINCT p
RETURN p.id AS post, p.title AS title, p.url AS url, p.date AS date
ORDER BY coalesce(date, '') DESC, post
