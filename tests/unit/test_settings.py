import pytest

from config.settings import ConfigError, load_settings


def test_embedded_defaults():
    s = load_settings()
    assert s.database_url == "sqlite:///var/gdpr.sqlite3"
    assert s.broker is None
    assert s.mailbox.scheme == "maildir" and s.mailbox.path == "var/mailbox"
    assert s.smtp.scheme == "file" and s.smtp.path == "var/outbox"
    assert s.address == "GDPR@alsicohightech.com"


def test_urls_carry_percent_encoded_credentials(monkeypatch):
    monkeypatch.setenv(
        "GDPR_MAILBOX_URL", "imaps://gdpr%40alsico:p%40ss%2Fw@imap.example:1993/INBOX"
    )
    monkeypatch.setenv("GDPR_SMTP_URL", "smtp+starttls://relay:s%3Acret@smtp.example")
    s = load_settings()
    assert (s.mailbox.user, s.mailbox.password, s.mailbox.port) == ("gdpr@alsico", "p@ss/w", 1993)
    assert s.mailbox.display == "imaps://imap.example:1993/INBOX"
    assert (s.smtp.user, s.smtp.password, s.smtp.port) == ("relay", "s:cret", 587)


def test_dotenv_is_read(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("GDPR_ADDRESS=privacy@example.org\n")
    monkeypatch.chdir(tmp_path)
    assert load_settings().address == "privacy@example.org"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("GDPR_DATABASE_URL", "mysql://x@y/z"),
        ("GDPR_DATABASE_URL", "not a url"),
        ("GDPR_BROKER_URL", "amqp://guest@localhost"),
        ("GDPR_MAILBOX_URL", "pop3://host"),
        ("GDPR_MAILBOX_URL", "imap://:143/INBOX"),
        ("GDPR_SMTP_URL", "smtp://host:notaport"),
        ("GDPR_SMTP_URL", "smtp://user:secret@relay.example"),
        ("GDPR_ADDRESS", "not-an-address"),
        ("GDPR_CONSOLE_HOSTS", "console.example:99999"),
        ("GDPR_CONSOLE_HOSTS", "https://console.example"),
        ("GDPR_CONSOLE_HOSTS", " , "),
        ("GDPR_CONSOLE_AUTH", "basic"),
        ("GDPR_CONSOLE_USER_HEADER", "Remote User"),
        ("GDPR_CONSOLE_TRUSTED_PROXIES", "proxy.example"),
        ("GDPR_CONSOLE_SESSION_IDLE_MINUTES", "0"),
        ("GDPR_CONSOLE_MAX_BODY_BYTES", "lots"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as err:
        load_settings()
    message = str(err.value)
    assert message.startswith(variable + ":")
    assert "\n" not in message


def test_passwords_never_appear_in_errors(monkeypatch):
    monkeypatch.setenv("GDPR_MAILBOX_URL", "pop3://user:hunter2@host")
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "hunter2" not in str(err.value)


def test_console_defaults_and_proxy_networks(monkeypatch):
    s = load_settings()
    assert s.console_hosts == "127.0.0.1,localhost" and s.console_auth == "login"
    assert s.console_user_header == "Remote-User" and s.console_proxy_networks == ()
    monkeypatch.setenv("GDPR_CONSOLE_TRUSTED_PROXIES", "10.0.0.5, 192.168.1.0/24, ::1")
    assert [str(n) for n in load_settings().console_proxy_networks] == [
        "10.0.0.5/32", "192.168.1.0/24", "::1/128",
    ]  # fmt: skip
