// search-stored: what a search hit shows of each post that has a search document.
// Parameters: $ids (post ids).
// Returns: post, title, url, date, text (the plain text, for snippets), site — ordered by post.
UNWIND $ids AS id
MATCH (p:Post {id: id}) WHERE p:SearchDoc
RETURN p.id AS post, p.title AS title, p.url AS url, p.date AS date, p.search_body AS text, p.site AS site
ORDER BY post
