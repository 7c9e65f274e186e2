"""Places: for now, countries named in text (issue 5 brings the full gazetteer)."""
