"""followback."""
