"""`python -m utils COMMAND ...`: see utils/cli.py."""

import sys

from .cli import main

sys.exit(main())
