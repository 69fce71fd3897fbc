"""Signed links and fact hashes: tamper-evident, within Telegram's limits, never in clear."""

from __future__ import annotations

import pytest

from negotiator.channels.telegram.links import account_start_link
from negotiator.domain.signing import Signer
from negotiator.domain.verification import FactKind, normalize_fact
from negotiator.errors import LinkError
from tests.conftest import TEST_SECRET


def test_a_link_payload_opens_to_its_reference(signer: Signer) -> None:
    payload = signer.link_payload("CN-100001")
    assert signer.open_link_payload(payload) == "CN-100001"


def test_the_longest_reference_still_fits_telegrams_64_characters(signer: Signer) -> None:
    payload = signer.link_payload("R" * 40)
    assert len(payload) <= 64
    link = account_start_link("@negotiator_demo_bot", "R" * 40, signer)
    assert link == f"https://t.me/negotiator_demo_bot?start={payload}"


@pytest.mark.parametrize("position", [0, 5, 9, 12, 24])
def test_changing_any_character_of_a_link_is_detected(signer: Signer, position: int) -> None:
    payload = signer.link_payload("CN-100001")
    swapped = "A" if payload[position] != "A" else "B"
    forged = payload[:position] + swapped + payload[position + 1 :]
    with pytest.raises(LinkError):
        signer.open_link_payload(forged)


def test_a_link_signed_with_another_key_is_refused(signer: Signer) -> None:
    other = Signer(b"another-secret-that-is-long-enough-too!!")
    with pytest.raises(LinkError, match="signature"):
        signer.open_link_payload(other.link_payload("CN-100001"))


@pytest.mark.parametrize("payload", ["", "short", "x" * 65, "CN 1" + "A" * 16])
def test_malformed_payloads_are_refused(signer: Signer, payload: str) -> None:
    with pytest.raises(LinkError):
        signer.open_link_payload(payload)


def test_a_short_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        Signer(b"too short")


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("1988-03-14", "1988-03-14"),
        ("1988/3/14", "1988-03-14"),
        ("19880314", "1988-03-14"),
        ("1988年3月14日", "1988-03-14"),
        ("１９８８年３月１４号", "1988-03-14"),
        (" 1988-03-14 ", "1988-03-14"),
        ("1988-02-30", None),
        ("14/03/1988", None),
        ("yesterday", None),
    ],
)
def test_dates_of_birth_are_read_in_the_forms_people_type(raw: str, canonical: str | None) -> None:
    assert normalize_fact(FactKind.DATE_OF_BIRTH, raw) == canonical


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [("123x", "123X"), ("０４２７", "0427"), ("12 34", "1234"), ("12X4", None), ("12345", None)],
)
def test_id_suffixes_are_normalised(raw: str, canonical: str | None) -> None:
    assert normalize_fact(FactKind.ID_LAST4, raw) == canonical


def test_a_fact_digest_is_keyed_and_ignores_how_it_was_typed(signer: Signer) -> None:
    digest = signer.fact_digest(FactKind.DATE_OF_BIRTH, "1988-03-14")
    assert digest == signer.fact_digest(FactKind.DATE_OF_BIRTH, "1988年3月14日")
    assert digest != Signer(TEST_SECRET + b"x").fact_digest(FactKind.DATE_OF_BIRTH, "1988-03-14")
    assert digest is not None
    assert "1988" not in digest
    assert signer.fact_digest(FactKind.ID_LAST4, "1988") != signer.fact_digest(
        FactKind.DATE_OF_BIRTH, "1988"
    )
