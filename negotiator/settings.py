"""Configuration: ``NEGOTIATOR_*`` environment variables, optionally from a ``.env`` file."""

from __future__ import annotations

import secrets
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_POLICY = PROJECT_ROOT / "examples" / "policy.yaml"
LOCALES_DIR = PROJECT_ROOT / "locales"
DIALOGS_DIR = PROJECT_ROOT / "dialogs"


class Settings(BaseSettings):
    """Everything an operator can configure. Each field reads ``NEGOTIATOR_<FIELD>``."""

    model_config = SettingsConfigDict(
        env_prefix="NEGOTIATOR_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        use_attribute_docstrings=True,
    )

    bot_token: SecretStr | None = None
    """Telegram bot token from @BotFather. Default: none (required by ``negotiator run``)."""
    bot_username: str = "negotiator_demo_bot"
    """The bot's @username without the @, used to build deep links offline.
    Default: ``negotiator_demo_bot``."""
    telegram_api: str = "https://api.telegram.org"
    """Base URL of the Bot API server (a local ``telegram-bot-api`` or a test server).
    Default: Telegram's."""
    database_url: str = "sqlite+aiosqlite:///negotiator.db"
    """SQLAlchemy URL; ``postgresql+asyncpg://…`` for the scale-out store.
    Default: ``sqlite+aiosqlite:///negotiator.db`` in the working directory."""
    policy: Path = SAMPLE_POLICY
    """The creditor policy file. Default: the sample in ``examples/policy.yaml``."""
    agents_chat_id: int | None = None
    """Chat id of the agents' forum supergroup. Default: none (escalations queue until set)."""
    secret: SecretStr | None = None
    """Key for signed links, callback data and verification hashes (at least 32 characters).
    Default: generated into ``<data_dir>/secret`` on first run and reused after."""
    data_dir: Path = Path(".negotiator")
    """Where negotiator keeps local state such as the generated secret.
    Default: ``.negotiator`` in the working directory."""
    audit_retention_days: int = Field(default=730, ge=365)
    """Audit events younger than this many days cannot be purged. Default: 730 (two years;
    no less than one)."""
    import_batch_size: int = Field(default=2000, ge=1, le=100_000)
    """Rows written per statement by CSV imports. Default: 2000."""
    locales: Path = LOCALES_DIR
    """The gettext catalogs (``<locale>/LC_MESSAGES/messages.po``). Default: ``locales/`` of
    the source checkout."""
    dialogs: Path = DIALOGS_DIR
    """The conversation scripts (``*.yaml``). Default: ``dialogs/`` of the source checkout."""

    def resolve_secret(self) -> bytes:
        """The configured secret, or the one generated into ``data_dir`` (created if missing).

        Raises:
            ValueError: a configured secret is shorter than 32 characters.
        """
        if self.secret is not None:
            value = self.secret.get_secret_value()
            if len(value) < 32:
                raise ValueError("NEGOTIATOR_SECRET must be at least 32 characters long")
            return value.encode()
        path = self.data_dir / "secret"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            # Created with owner-only permissions: the key protects verification hashes.
            path.touch(mode=0o600)
            path.write_text(secrets.token_urlsafe(48), encoding="ascii")
        return path.read_text(encoding="ascii").strip().encode()
