"""At rest (the security review's finding 8): every file and folder the worker makes is its
user's alone. Each entry point (worker/cli.py, worker/clock.py, handlers/broker.py) sets the
process's umask to PRIVATE_UMASK before it writes anything: the case store, the outbox's .eml
files, the Maildir folders it creates, reports, lock files, the ID-copy key."""

from __future__ import annotations

PRIVATE_UMASK = 0o077  # files 0600, folders 0700
