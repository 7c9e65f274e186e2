-- Full-text filters and document pages look evidence up by document.
CREATE INDEX IF NOT EXISTS evidence_doc ON evidence (doc_id);
