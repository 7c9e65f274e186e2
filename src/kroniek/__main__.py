"""``python -m kroniek``: the same as the ``kroniek`` command."""

import sys

from kroniek.cli import main

sys.exit(main())
