"""kroniek."""
