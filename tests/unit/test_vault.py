import stat
from pathlib import Path

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


def test_the_default_key_file_is_not_beside_the_case_store():
    from config.settings import load_settings

    settings = load_settings()
    assert Path(settings.id_key_file).parent != Path("var")
    assert not Path(settings.id_key_file).is_relative_to("var")


def test_a_key_file_others_may_read_is_refused(tmp_path):
    path = tmp_path / "keys" / "id-copies.key"
    IdVault.from_settings("", str(path))
    path.chmod(0o644)
    readable = r"GDPR_ID_KEY_FILE: .* may be read by others \(mode 0644\)"
    with pytest.raises(VaultError, match=readable):
        IdVault.from_settings("", str(path))
    path.chmod(0o640)
    with pytest.raises(VaultError, match="chmod 600"):
        IdVault.from_settings("", str(path))
    path.chmod(0o600)
    IdVault.from_settings("", str(path))


def test_an_old_install_keeps_its_key_moved_out_of_var(tmp_path, monkeypatch, caplog):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "var").mkdir()
    old = tmp_path / "var" / "id-copies.key"
    key = Fernet.generate_key()
    old.write_bytes(key)
    old.chmod(0o600)
    vault = IdVault.from_settings("", "keys/id-copies.key")
    assert IdVault([key]).decrypt(vault.encrypt(b"x")) == b"x"  # the same key: old copies read
    assert not old.exists() and (tmp_path / "keys" / "id-copies.key").read_bytes() == key
    assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700
    assert "moved" in caplog.text
