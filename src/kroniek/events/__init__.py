"""Event coding: per-language lexicons find event mentions; linking makes events."""
