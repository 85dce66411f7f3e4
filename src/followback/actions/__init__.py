"""Actions: one function per state change (opens or joins the transaction, changes state
through repositories, writes the audit entry, returns a typed result). The CLI, the web routes
and the workers call these and nothing else to change state.

Modules are per topic (``outbox`` for every platform write, ``listening``, ...); import them
directly, e.g. ``from followback.actions.outbox import deliver``."""
