"""Who is at the console: logins with a lockout, server-side sessions with an idle and an
absolute end, and the user an authenticating proxy names. No HTTP here (see gate.py)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings
from worker.console.passwords import needs_rehash, verify_password
from worker.console.users import Role, Staff
from worker.store import repo
from worker.store.db import transaction
from worker.store.models import User, utcnow

TOUCH_EVERY = timedelta(seconds=60)  # how stale a session's last-seen time may get (fewer writes)


@dataclass(frozen=True)
class SessionPolicy:
    idle: timedelta  # a session unused this long ends
    lifetime: timedelta  # and any session ends this long after it began
    user_failures: int  # failed logins of one name, in one lockout period, before it waits
    address_failures: int  # the same, from one client address
    lockout: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> SessionPolicy:
        return cls(
            idle=timedelta(minutes=settings.console_session_idle_minutes),
            lifetime=timedelta(hours=settings.console_session_hours),
            user_failures=settings.console_lockout_failures,
            address_failures=settings.console_lockout_address_failures,
            lockout=timedelta(minutes=settings.console_lockout_minutes),
        )


@dataclass(frozen=True)
class SignedIn:
    staff: Staff
    token: str  # the session cookie's value
    csrf: str  # the session's form token
    new: bool = False  # the session began with this request: the cookie must be set


class LoginRefused(Exception):
    """The login failed: `locked` when too many failures came first (no password was tried)."""

    def __init__(self, locked: bool) -> None:
        super().__init__("too many failed logins" if locked else "wrong name or password")
        self.locked = locked


class Sessions:
    """Console sessions in the case store."""

    def __init__(self, sessions: sessionmaker[Session], policy: SessionPolicy) -> None:
        self.db = sessions
        self.policy = policy

    # --- logging in -----------------------------------------------------------------------------

    def log_in(self, name: str, password: str, client: str) -> SignedIn:
        """A new session for the user whose password this is, unless the name or the client
        address is locked out; every failure counts towards both lockouts."""
        now = utcnow()
        keys = (_user_key(name), _address_key(client))
        with transaction(self.db) as session:
            if any(_locked(repo.login_failure(session, k), now) for k in keys):
                raise LoginRefused(locked=True)
            user = repo.user_by_name(session, name) if name else None
            stored = user.password_hash if user is not None and not user.disabled else ""
        if not verify_password(stored, password):  # slow on purpose: outside any transaction
            self._count_failure(keys, now)
            raise LoginRefused(locked=False)
        with transaction(self.db) as session:
            user = repo.user_by_name(session, name)
            if user is None or user.disabled or user.password_hash != stored:
                raise LoginRefused(locked=False)  # changed meanwhile
            if needs_rehash(stored):
                from worker.console.passwords import hash_password

                user.password_hash = hash_password(password)
            repo.clear_login_failures(session, keys[0])
            return self._begin(session, user, now)

    def _count_failure(self, keys: tuple[str, str], now: datetime) -> None:
        limits = (self.policy.user_failures, self.policy.address_failures)
        with transaction(self.db) as session:
            repo.delete_old_login_failures(session, now - self.policy.lockout, now)
            for key, limit in zip(keys, limits, strict=True):
                row = repo.login_failure_for_update(session, key, now)
                if row.first_at < now - self.policy.lockout:
                    row.failures, row.first_at = 0, now  # a new window
                row.failures += 1
                if row.failures >= limit:
                    row.locked_until = now + self.policy.lockout
                    row.failures, row.first_at = 0, now

    def for_proxy_user(self, name: str, token: str) -> SignedIn | None:
        """The session of the user an authenticating proxy named: the one the cookie holds if
        it is theirs, else a new one; None when no such user may use the console."""
        now = utcnow()
        with transaction(self.db) as session:
            user = repo.user_by_name(session, name) if name else None
            if user is None or user.disabled:
                return None
            current = self._current(session, token, now) if token else None
            if current is not None and current.staff.name == user.name:
                return current
            return self._begin(session, user, now)

    def _begin(self, session: Session, user: User, now: datetime) -> SignedIn:
        repo.delete_stale_console_sessions(session, now, now - self.policy.idle)
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        repo.add_console_session(
            session,
            token_hash=_digest(token),
            user_id=user.id,
            csrf_token=csrf,
            created_at=now,
            last_seen_at=now,
            expires_at=now + self.policy.lifetime,
        )
        return SignedIn(Staff(user.name, Role(user.role)), token, csrf, new=True)

    # --- each request ---------------------------------------------------------------------------

    def current(self, token: str) -> SignedIn | None:
        """The live session this cookie value names, or None (unknown, idle too long, past its
        end, or its user disabled)."""
        if not token:
            return None
        with transaction(self.db) as session:
            return self._current(session, token, utcnow())

    def _current(self, session: Session, token: str, now: datetime) -> SignedIn | None:
        row = repo.console_session(session, _digest(token))
        if row is None:
            return None
        if row.expires_at <= now or row.last_seen_at <= now - self.policy.idle:
            repo.delete_console_session(session, row.token_hash)
            return None
        if row.user.disabled:
            return None
        if now - row.last_seen_at >= TOUCH_EVERY:
            row.last_seen_at = now
        return SignedIn(Staff(row.user.name, Role(row.user.role)), token, row.csrf_token)

    def log_out(self, token: str) -> None:
        with transaction(self.db) as session:
            repo.delete_console_session(session, _digest(token))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user_key(name: str) -> str:
    return "user:" + name.lower()[:100]


def _address_key(client: str) -> str:
    return "addr:" + client[:100]


def _locked(row, now: datetime) -> bool:  # noqa: ANN001 - a store LoginFailure or None
    return row is not None and row.locked_until is not None and row.locked_until > now
