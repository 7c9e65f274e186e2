"""Shared fixtures. Tests that need ../shared are marked and skip cleanly without it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "nl" / "000_f114f30efc7a80b0.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not here")
    return SHARED


@pytest.fixture
def errors() -> list[str]:
    return []
