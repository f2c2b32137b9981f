"""The browser tests run the command line as the end-to-end tests do."""

from tests.e2e.conftest import cli, demo_crm_file  # noqa: F401 - the fixtures
