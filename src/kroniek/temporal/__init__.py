"""Temporal expressions: find them, and normalise them to TIMEX3 relative to the DCT."""

from kroniek.temporal.engine import TimexMention, TimexTagger, tagger_for

__all__ = ["TimexMention", "TimexTagger", "tagger_for"]
