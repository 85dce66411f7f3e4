"""The notification cursor on snac, which can show a notification after a newer one.

snac's notification ids are its clock when the notification was made, in microseconds
(``1796082529658280`` is 2026-11-30 23:48:49.658280 UTC), and several of its threads
deliver at once: a poll can see a newer notification before an older one is written. A
plain ``min_id`` cursor at the newest id then skips the older one for good. (The mention
missed in CI on the local server, 2026-11-30 and 12-01, was not this: caught later with
snac's debug log on, snac had queued it as a shared-inbox job and never handed it to the
user, so it never listed it; see tests/.../test_inbox_judgment_platforms.py.) So the
cursor here is a *floor* a minute below the newest id, plus the ids already read above the
floor: each poll reads from the floor again and drops what it has read. This is exact
(no notification is handed over twice, which would reopen a follower who left meanwhile)
and costs one page of overlap.

Format: ``"<floor>"`` or ``"<floor>|<id>,<id>,…"``; a plain id (the cursor of earlier
versions, or of any server) reads as a floor with nothing seen above it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# How far behind the newest notification a late one may still appear (its id is its
# time). Threads race by milliseconds; a minute leaves room for a busy server.
OVERLAP_US = 60_000_000

# How many notifications snac lists at most (2.75, measured on the local server).
SNAC_WINDOW = 64


def id_key(remote_id: str) -> tuple[int, str]:
    """Order of Mastodon-style ids: numeric strings (Mastodon, snac) by value, others
    (ULIDs) by text; the length first makes "99" come before "100"."""
    return (len(remote_id), remote_id)


@dataclass(frozen=True, slots=True)
class SnacCursor:
    """Where the next read starts (``floor``, exclusive) and the ids above it already read."""

    floor: str | None = None
    seen: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, cursor: str | None) -> SnacCursor:
        if not cursor:
            return cls()
        floor, _, seen = cursor.partition("|")
        return cls(floor or None, frozenset(i for i in seen.split(",") if i))

    def new(self, ids: Iterable[str]) -> list[str]:
        """Of ``ids`` read from the floor up, those not handed over before."""
        return [i for i in ids if i not in self.seen]

    def after(self, ids: Iterable[str]) -> str | None:
        """The cursor once ``ids`` (read from this floor) are handed over too."""
        read = self.seen | set(ids)
        if not read:
            return self.floor
        newest = max(read, key=id_key)
        if not newest.isdigit():  # not a clock id: no room to leave, a plain cursor
            return newest
        floor = str(max(int(newest) - OVERLAP_US, 0))
        if self.floor is not None and id_key(self.floor) > id_key(floor):
            floor = self.floor
        above = sorted((i for i in read if id_key(i) > id_key(floor)), key=id_key)
        return f"{floor}|{','.join(above)}" if above else floor
