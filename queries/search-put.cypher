// search-put: writes the search document of stored posts: tokenized fields (the index uses a
// whitespace analyzer over talkgraph's own tokens) and the plain text for snippets.
// Parameters: $docs (list of {id, title, text, tags, entities, body}; the first four already tokenized).
// Returns: nothing.
UNWIND $docs AS d
MATCH (p:Post {id: d.id})
SET p:SearchDoc, p.search_title = d.title, p.search_text = d.text, p.search_tags = d.tags,
    p.search_entities = d.entities, p.search_body = d.body
