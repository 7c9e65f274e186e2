"""``make eval``: every evaluation whose data is in ``../shared``; the others are skipped."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kroniek.evaluate import acled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kroniek.evaluate", description=__doc__)
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path("../shared"),
        help="the shared data folder (default: %(default)s)",
    )
    parser.add_argument("--limit", type=int, help="evaluate on the first N items only")
    args = parser.parse_args(argv)
    if not (args.shared / acled.DATASET).is_file():
        print(f"skipped ACLED evaluation: {args.shared / acled.DATASET} is not here")
    else:
        print(acled.report(acled.evaluate(args.shared, args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
