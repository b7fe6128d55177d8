// posts-written: the posts an author wrote (WROTE edges), newest first.
// Parameters: $id (entity id of the author).
// Returns: post, title, url, date — ordered by date desc (undated last), post.
MATCH (:Entity {id: $id})-[:WROTE]->(p:Post)
WITH DISTINCT p
RETURN p.id AS post, p.title AS title, p.url AS url, p.date AS date
ORDER BY coalesce(date, '') DESC, post
