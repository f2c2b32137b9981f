import stat

import pytest
from cryptography.fernet import Fernet

from worker.vault import IdVault, VaultError


def test_copies_round_trip_and_are_not_stored_in_clear():
    vault = IdVault([Fernet.generate_key()])
    token = vault.encrypt(b"%PDF-1.7 IDENTITEITSKAART")
    assert b"IDENTITEITSKAART" not in token
    assert vault.decrypt(token) == b"%PDF-1.7 IDENTITEITSKAART"


def test_rotation_keeps_old_copies_readable_and_moves_them_to_the_new_key():
    old, new = Fernet.generate_key(), Fernet.generate_key()
    token = IdVault([old]).encrypt(b"copy")
    rotated_vault = IdVault([new, old])
    assert rotated_vault.decrypt(token) == b"copy"
    rotated = rotated_vault.rotate(token)
    assert IdVault([new]).decrypt(rotated) == b"copy"
    with pytest.raises(VaultError):
        IdVault([new]).decrypt(token)


def test_from_settings_reads_comma_separated_keys(tmp_path):
    a, b = Fernet.generate_key(), Fernet.generate_key()
    vault = IdVault.from_settings(f"{a.decode()}, {b.decode()}", str(tmp_path / "unused.key"))
    assert IdVault([a]).decrypt(vault.encrypt(b"x")) == b"x"  # the first key encrypts
    assert not (tmp_path / "unused.key").exists()


def test_embedded_default_makes_a_private_key_file_once(tmp_path):
    path = tmp_path / "var" / "id-copies.key"
    first = IdVault.from_settings("", str(path))
    mode = stat.S_IMODE(path.stat().st_mode)
    assert mode == 0o600
    second = IdVault.from_settings("", str(path))
    assert second.decrypt(first.encrypt(b"x")) == b"x"


def test_a_bad_key_is_a_configuration_error():
    with pytest.raises(VaultError, match="GDPR_ID_KEYS"):
        IdVault.from_settings("not-a-key", "")
