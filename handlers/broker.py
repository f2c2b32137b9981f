"""Sets dramatiq's broker from the settings before any actor is declared (dramatiq binds an actor
to the broker current at its declaration). `dramatiq handlers` and `gdpr-worker run` import this
through the package. Each process of `dramatiq handlers` sets umask 077, redacts its log records
and checks the data map before its first job (`DataMapAtBoot`)."""

from __future__ import annotations

import logging
import os
import sys

import dramatiq

from config.settings import ConfigError, process_settings
from worker.private import PRIVATE_UMASK
from worker.queue import make_broker
from worker.redact import install_log_redaction

log = logging.getLogger("worker")


class DataMapAtBoot(dramatiq.Middleware):
    """`dramatiq handlers`: a worker process checks the data map against the databases once it
    has booted, before it takes a job; on an error it says so in one line and exits with 2
    (dramatiq then stops the others). A missing index is logged."""

    def after_process_boot(self, broker: dramatiq.Broker) -> None:
        from worker.datamap import startup_check

        # what this process writes is its user's alone; no log line carries an address or an ID
        # number (set here, in each process of `dramatiq handlers`, not on import: importing
        # the actors in another process changes nothing of it)
        os.umask(PRIVATE_UMASK)
        install_log_redaction()

        try:
            for line in startup_check(process_settings()):
                log.warning("%s", line)
        except ConfigError as exc:
            print(f"dramatiq handlers: {exc}", file=sys.stderr, flush=True)
            raise SystemExit(2) from None


broker = make_broker(process_settings())
broker.add_middleware(DataMapAtBoot())
dramatiq.set_broker(broker)
