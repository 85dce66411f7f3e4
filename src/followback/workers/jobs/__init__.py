"""The built-in jobs; importing this package registers them (see ``workers.base.job``)."""

from followback.workers.jobs.cycle import CycleJob
from followback.workers.jobs.inbox import InboxJob

__all__ = ["CycleJob", "InboxJob"]
