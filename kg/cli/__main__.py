"""`python -m kg.cli` runs the `kg` command."""

from . import main

main()
