"""Evaluations that ``make eval`` runs; each reads ``../shared`` and skips without it."""
