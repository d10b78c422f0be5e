"""`python -m briefings.cli`: the same command line as `briefings`."""

from . import entry

entry()
