"""``python -m followback.cli``."""

from followback.cli.main import main

main()
