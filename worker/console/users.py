"""The console's users: who may log in, and whether they act (officer) or only read (viewer)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session, sessionmaker

from worker.console.passwords import PasswordError, hash_password
from worker.store import repo
from worker.store.db import transaction

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")


class Role(StrEnum):
    OFFICER = "officer"  # reads and decides
    VIEWER = "viewer"  # reads only

    @property
    def may_act(self) -> bool:
        return self is Role.OFFICER


class UserError(ValueError):
    """A user that cannot be added or changed; the message says why in one line."""


@dataclass(frozen=True)
class Staff:
    """The person behind a request to the console."""

    name: str
    role: Role

    @property
    def actor(self) -> str:
        return f"staff:{self.name}"


def check_name(name: str) -> str:
    if not NAME.fullmatch(name):
        raise UserError(
            f"not a user name: {name!r} (letters, digits and . _ @ -, at most 64, "
            "starting with a letter or digit)"
        )
    return name


def add_user(sessions: sessionmaker[Session], name: str, role: str, password: str) -> None:
    check_name(name)
    if role not in set(Role):
        raise UserError(f"no role {role!r}: officer or viewer")
    try:
        password_hash = hash_password(password)
    except PasswordError as exc:
        raise UserError(str(exc)) from None
    with transaction(sessions) as session:
        if repo.user_by_name(session, name) is not None:
            raise UserError(f"user {name} exists already")
        repo.add_user(session, name=name, role=role, password_hash=password_hash)


def set_password(sessions: sessionmaker[Session], name: str, password: str) -> None:
    """A new password; the user's sessions end."""
    try:
        password_hash = hash_password(password)
    except PasswordError as exc:
        raise UserError(str(exc)) from None
    with transaction(sessions) as session:
        user = _existing(session, name)
        user.password_hash = password_hash
        repo.delete_console_sessions_of(session, user.id)


def set_disabled(sessions: sessionmaker[Session], name: str, disabled: bool) -> None:
    """Disable (the user's sessions end at once) or enable a user."""
    with transaction(sessions) as session:
        user = _existing(session, name)
        user.disabled = disabled
        if disabled:
            repo.delete_console_sessions_of(session, user.id)


def list_users(sessions: sessionmaker[Session]) -> list[dict[str, object]]:
    with transaction(sessions) as session:
        return [
            {"name": u.name, "role": u.role, "disabled": u.disabled}
            for u in repo.list_users(session)
        ]


def _existing(session: Session, name: str):  # noqa: ANN202 - a store User
    user = repo.user_by_name(session, name)
    if user is None:
        raise UserError(f"no user {name}")
    return user
