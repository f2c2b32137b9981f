"""The clock (scheduler) process of the production topology, the Procfile's `clock` line:

    python -m worker.clock

Every five minutes (GDPR_SWEEP_INTERVAL) it enqueues the sweep (replies still pending, cases in
progress) and the housekeeping job (expired erasure confirmations, ID copies past their time,
ended legal holds) for `dramatiq handlers`. `gdpr-worker run` does the same in its own process;
`gdpr-worker poll` sweeps at start-up, and when the queue answers again after an outage. One
clock at a time: a second one waits and takes over. A peer that is down is waited out."""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from config.settings import ConfigError
from worker.private import PRIVATE_UMASK
from worker.redact import install_log_redaction
from worker.runner import clock


def main() -> int:
    os.umask(PRIVATE_UMASK)
    install_log_redaction()
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        from config.settings import process_settings
        from worker.datamap import startup_check

        for line in startup_check(process_settings()):  # a map with an error: exit 2, one line
            logging.getLogger("worker").warning("%s", line)
        from handlers import inprocess
        from handlers.actors import current_app

        app = current_app().ready()
    except ConfigError as exc:
        print(f"gdpr-worker clock: {exc}", file=sys.stderr)
        return 2
    try:
        with inprocess.jobs(workers=False) as jobs:
            return asyncio.run(clock(app, jobs))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
