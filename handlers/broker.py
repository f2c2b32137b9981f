"""Sets dramatiq's broker from the settings before any actor is declared (dramatiq binds an actor
to the broker current at its declaration). `dramatiq handlers` and `gdpr-worker run` import this
through the package."""

from __future__ import annotations

import dramatiq

from config.settings import process_settings
from worker.queue import make_broker

broker = make_broker(process_settings())
dramatiq.set_broker(broker)
