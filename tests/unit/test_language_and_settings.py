"""Language tags map onto the three we speak; settings come from NEGOTIATOR_* variables."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from negotiator.domain.language import normalize_language
from negotiator.settings import SAMPLE_POLICY, Settings


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("zh-CN", "zh_Hans"),
        ("zh", "zh_Hans"),
        ("zh-Hans-SG", "zh_Hans"),
        ("zh_TW", "zh_Hant"),
        ("zh-HK", "zh_Hant"),
        ("zh-Hant", "zh_Hant"),
        ("en-US", "en"),
        ("EN", "en"),
        ("fr", None),
        ("", None),
    ],
)
def test_language_tags_map_to_supported_languages(tag: str, language: str | None) -> None:
    assert normalize_language(tag) == language


def test_settings_read_negotiator_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEGOTIATOR_DATABASE_URL", "postgresql+asyncpg://db/negotiator")
    monkeypatch.setenv("NEGOTIATOR_AGENTS_CHAT_ID", "-100123")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.database_url == "postgresql+asyncpg://db/negotiator"
    assert settings.agents_chat_id == -100123
    assert settings.policy == SAMPLE_POLICY
    assert settings.bot_token is None


def test_settings_read_a_dotenv_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("NEGOTIATOR_BOT_USERNAME=acme_collect_bot\n", encoding="utf-8")
    assert Settings().bot_username == "acme_collect_bot"


def test_every_setting_is_documented() -> None:
    for name, field in Settings.model_fields.items():
        assert "Default" in (field.description or ""), name


def test_a_secret_is_generated_once_and_kept_private(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    first = settings.resolve_secret()
    assert len(first) >= 32
    assert settings.resolve_secret() == first
    mode = (tmp_path / "data" / "secret").stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


def test_a_configured_secret_must_be_long_enough(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, secret="short", data_dir=tmp_path)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="at least 32"):
        settings.resolve_secret()
