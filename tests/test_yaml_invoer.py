"""A YAML case with an input the law cannot be applied to fails with a message naming the field
(issue #2: a wrong enum value or a malformed date is never a silent default)."""

from conftest import invoerproblemen


def test_wrong_enum_value_is_named():
    problemen = invoerproblemen({"geboortedatum": "1990-05-01", "verblijfsgrond": "ASIL"})
    assert len(problemen) == 1
    assert problemen[0].startswith("verblijfsgrond = 'ASIL'") and "ASIEL" in problemen[0]


def test_impossible_date_is_named_also_per_entity_and_period():
    problemen = invoerproblemen({"personen": {"anna": {"geboortedatum": {"ETERNITY": "1990-02-30"}}}})
    assert problemen == ["personen.anna.geboortedatum = '1990-02-30': '1990-02-30' is not a date that exists; "
                         "expected YYYY-MM-DD"]


def test_string_for_a_boolean_is_named():
    assert invoerproblemen({"familielid_eu_burger": "false"})[0].startswith("familielid_eu_burger = 'false'")


def test_valid_inputs_pass():
    assert invoerproblemen({"geboortedatum": "1990-05-01", "verblijfsgrond": "ASIEL", "huur": {"2024-01": 650}}) == []
