"""Signed links and fact hashes: tamper-evident, within Telegram's limits, never in clear."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from negotiator.channels.telegram.links import account_start_link
from negotiator.documents import code_matches, verification_code
from negotiator.domain.signing import (
    AGREEMENT_CODE_ALPHABET,
    AGREEMENT_CODE_LENGTH,
    Signer,
    canonical_agreement,
    group_agreement_code,
    normalize_agreement_code,
)
from negotiator.domain.verification import FactKind, find_fact, normalize_fact
from negotiator.errors import LinkError
from tests.conftest import TEST_SECRET
from tests.unit.agreement_builders import an_agreement


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


@pytest.mark.parametrize(
    ("message", "canonical"),
    [
        ("my date of birth is 1988-03-14", "1988-03-14"),
        ("我的生日是1988年3月14日", "1988-03-14"),
        ("出生日期：１９８８年３月１４日", "1988-03-14"),
        ("born 14 March 1988", "1988-03-14"),
        ("it's Mar 14, 1988", "1988-03-14"),
        ("the 14th of March 1988, why?", "1988-03-14"),
        ("19880314 is my birthday", "1988-03-14"),
        ("1988-03-14, I mean 1988-03-14", "1988-03-14"),  # the same date twice is one answer
        ("1988-03-14 or maybe 1988-04-14", None),  # two dates: which was meant is not guessed
        ("let me speak with a living, breathing human", None),
        ("I was born on 14/03/1988", None),  # day or month first cannot be told
        ("born 30 February 1988", None),
    ],
)
def test_a_date_of_birth_is_found_inside_a_sentence(message: str, canonical: str | None) -> None:
    assert find_fact(FactKind.DATE_OF_BIRTH, message) == canonical


@pytest.mark.parametrize(
    ("message", "canonical"),
    [("last four: 123x", "123X"), ("my ID ends in 0427", "0427"), ("1234 or 5678", None)],
)
def test_an_id_suffix_is_found_inside_a_sentence(message: str, canonical: str | None) -> None:
    assert find_fact(FactKind.ID_LAST4, message) == canonical


def test_a_fact_digest_is_keyed_and_ignores_how_it_was_typed(signer: Signer) -> None:
    digest = signer.fact_digest(FactKind.DATE_OF_BIRTH, "1988-03-14")
    assert digest == signer.fact_digest(FactKind.DATE_OF_BIRTH, "1988年3月14日")
    assert digest != Signer(TEST_SECRET + b"x").fact_digest(FactKind.DATE_OF_BIRTH, "1988-03-14")
    assert digest is not None
    assert "1988" not in digest
    assert signer.fact_digest(FactKind.ID_LAST4, "1988") != signer.fact_digest(
        FactKind.DATE_OF_BIRTH, "1988"
    )


# Verification codes of written agreements -------------------------------------------------

AGREED: dict[str, Any] = {
    "number": "AG-2026-000001",
    "account_reference": "CN-100001",
    "kind": "instalments",
    "currency": "CNY",
    "total": Decimal("3000.00"),
    "accepted_at": datetime(2026, 11, 22, 10, 0, tzinfo=UTC),
    "terms": {"kind": "instalments", "instalments": 2, "down_payment": "1000.00"},
    "schedule": [
        (1, date(2026, 12, 1), Decimal("1000.00")),
        (2, date(2027, 1, 1), Decimal("1000.00")),
        (3, date(2027, 2, 1), Decimal("1000.00")),
    ],
}


def code_of(signer: Signer, **changes: Any) -> str:
    return signer.agreement_code(canonical_agreement(**{**AGREED, **changes}))


def test_an_agreement_code_is_sixteen_characters_people_can_read_aloud(signer: Signer) -> None:
    code = code_of(signer)
    assert len(code) == AGREEMENT_CODE_LENGTH == 16
    assert set(code) <= set(AGREEMENT_CODE_ALPHABET)
    assert not set(code) & set("ILOU")
    assert code == code_of(signer)
    assert group_agreement_code(code) == "-".join([code[:4], code[4:8], code[8:12], code[12:]])


@pytest.mark.parametrize(
    "change",
    [
        {"number": "AG-2026-000002"},
        {"account_reference": "CN-100002"},
        {"kind": "deferral"},
        {"currency": "HKD"},
        {"total": Decimal("2999.99")},
        {"terms": {"kind": "instalments", "instalments": 3, "down_payment": "1000.00"}},
        {"accepted_at": datetime(2026, 11, 22, 10, 0, 1, tzinfo=UTC)},
        {"schedule": [*AGREED["schedule"][:2], (3, date(2027, 2, 2), Decimal("1000.00"))]},
        {"schedule": [*AGREED["schedule"][:2], (3, date(2027, 2, 1), Decimal("1000.01"))]},
        {"schedule": AGREED["schedule"][:2]},
    ],
    ids=lambda change: next(iter(change)),
)
def test_tampering_with_any_agreed_term_changes_the_code(
    signer: Signer, change: dict[str, Any]
) -> None:
    assert code_of(signer, **change) != code_of(signer)


def test_an_agreement_code_is_keyed(signer: Signer) -> None:
    assert code_of(Signer(TEST_SECRET + b"x")) != code_of(signer)


def test_the_code_survives_how_each_database_gives_amounts_and_instants_back(
    signer: Signer,
) -> None:
    # PostgreSQL pads decimals to the column's scale; instants come back in UTC, any zone.
    shanghai = AGREED["accepted_at"].astimezone(ZoneInfo("Asia/Shanghai"))
    padded = [(n, due, amount.quantize(Decimal("0.0001"))) for n, due, amount in AGREED["schedule"]]
    assert code_of(
        signer, total=Decimal("3000.0000"), schedule=padded, accepted_at=shanghai
    ) == code_of(signer)


@pytest.mark.parametrize(
    "typed",
    [
        "7KQ2-M9XD-4HPA-3TZC",
        "7kq2m9xd4hpa3tzc",
        " 7KQ2 M9XD 4HPA 3TZC ",
        "７ＫＱ２－Ｍ９ＸＤ－４ＨＰＡ－３ＴＺＣ",
        "7kq2_m9xd.4hpa.3tzc",
    ],
)
def test_typed_codes_are_read_however_they_were_typed(typed: str) -> None:
    assert normalize_agreement_code(typed) == "7KQ2M9XD4HPA3TZC"


def test_letters_that_look_like_digits_are_read_as_the_digits() -> None:
    assert normalize_agreement_code("ZIlQ-QVYl-SSDD-HOCG") == "Z11QQVY1SSDDH0CG"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "7KQ2-M9XD-4HPA",
        "7KQ2-M9XD-4HPA-3TZC-0",
        "UUUU-M9XD-4HPA-3TZC",
        "还款协议确认书验证码一二三四五",
    ],
)
def test_what_cannot_be_a_code_is_refused(typed: str) -> None:
    assert normalize_agreement_code(typed) is None


def test_the_code_of_a_stored_agreement_detects_any_later_change(signer: Signer) -> None:
    agreement = an_agreement(signer=signer)
    assert agreement.verification_digest == verification_code(signer, agreement)
    assert code_matches(signer, agreement)
    assert code_matches(signer, replace(agreement, status="paid", id=42))
    first, *rest = agreement.instalments
    assert code_matches(
        signer, replace(agreement, instalments=(replace(first, paid=first.amount), *rest))
    )
    assert not code_matches(
        signer, replace(agreement, instalments=(replace(first, amount=first.amount + 1), *rest))
    )
    assert not code_matches(signer, replace(agreement, total=agreement.total - 1))
    assert not code_matches(Signer(TEST_SECRET + b"x"), agreement)
