"""``python -m crosscheck``: the command line (see crosscheck.cli)."""

import sys

from crosscheck.cli import main

sys.exit(main())
