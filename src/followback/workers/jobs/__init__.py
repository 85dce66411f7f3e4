"""The built-in jobs; importing this package registers them (see ``workers.base.job``)."""

from followback.workers.jobs.cycle import CycleJob

__all__ = ["CycleJob"]
