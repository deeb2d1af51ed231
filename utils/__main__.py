"""`python -m utils COMMAND ...`: see utils/cli.py."""

import sys

from .cli import main

try:
    sys.exit(main())
except ModuleNotFoundError as exc:  # started by a Python without the collection's packages
    sys.stderr.write(
        f"error: this Python lacks the package {exc.name!r}; run `make venv` once, then "
        "`.venv/bin/python -m utils ...` (or `source .venv/bin/activate` first)\n"
    )
    sys.exit(2)
