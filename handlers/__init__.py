"""The handlers: one dramatiq actor per kind of work. Importing this package declares them all on
the configured broker, which is how `dramatiq handlers` finds them."""

from handlers.broker import broker
from handlers.cases import start_case
from handlers.deadlines import run_housekeeping
from handlers.replies import deliver_reply

__all__ = ["broker", "deliver_reply", "run_housekeeping", "start_case"]
