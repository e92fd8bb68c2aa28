"""`python -m annotate`: the same command-line tool as `annotate`."""

from .cli import main

main()
