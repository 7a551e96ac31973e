"""The crisis check: each way of writing gets the tier it should, and figures of speech none."""

from __future__ import annotations

import pytest

from core.safety import Detector, Tier, assess, detector
from core.safety.corpus import Example
from core.safety.engine import compile_rules
from core.safety.model import LinearModel, Weights
from core.safety.text import clauses, fold
from core.safety.train import DOUBT_BUDGET, doubt_threshold

CASES = [
    # her own crisis, in many shapes
    ("I want to die", Tier.CRISIS),
    ("i dont want to wake up tomorrow", Tier.CRISIS),
    ("Sometimes I think about suicide", Tier.CRISIS),
    ("been having sucidal thoughts again", Tier.CRISIS),
    ("kms", Tier.CRISIS),
    ("everyone would be better off without me", Tier.CRISIS),
    ("i have enough pills saved up", Tier.CRISIS),
    ("wrote letters for each of my kids for after", Tier.CRISIS),
    ("i hurt myself again last night", Tier.CRISIS),
    ("this is my last message. goodbye everyone", Tier.CRISIS),
    ("I'm not suicidal but honestly I wish I could go to sleep and never wake up", Tier.CRISIS),
    # acute: an attempt, or means at hand with a time
    ("I took all my pills an hour ago", Tier.ACUTE),
    ("the pills are next to me on the bed and its happening tonight", Tier.ACUTE),
    ("im on the bridge rn", Tier.ACUTE),
    # her own words inside the phrase make it hers, whoever was named before it
    ("they'd have one less problem if i died", Tier.CRISIS),
    # a negation does not reach across a comma, except in German, which sets one before
    # every infinitive clause
    ("no quiero comer, quiero morirme", Tier.CRISIS),
    ("im not sad, i want to die", Tier.CRISIS),
    ("no quiero morirme, quiero vivir", Tier.NONE),
    ("Ich denke nicht daran, mir das Leben zu nehmen.", Tier.NONE),
    # someone else's words after a colon are theirs; her own stay hers
    ("meine tochter hat mir geschrieben: mama, ich will nicht mehr leben", Tier.OTHER),
    ("mi hijo me escribió: mamá ya no quiero vivir", Tier.OTHER),
    ("he texted me: i want to die", Tier.OTHER),
    ("I said: i want to die", Tier.CRISIS),
    # a date's full stop ends no clause
    ("hab mir den 15. ausgesucht", Tier.CRISIS),
    # someone else, their death, her past
    ("my son texted that he wants to kill himself", Tier.OTHER),
    ("my brother took his own life in 2019", Tier.CHECKIN),
    ("Years ago I tried to kill myself, I'm better now", Tier.CHECKIN),
    # faint: ask
    ("I can't go on anymore", Tier.CHECKIN),
    # not a crisis
    ("I miss my son so much", Tier.NONE),
    ("this heat is killing me", Tier.NONE),
    ("I'm dying to see the garden in spring", Tier.NONE),
    ("My daughter hasn't called in a year and I cry every morning", Tier.NONE),
    ("I failed her", Tier.NONE),
    ("", Tier.NONE),
    ("cut myself a big slice of carrot cake", Tier.NONE),
    ("i cut my finger chopping onions, blood everywhere lol", Tier.NONE),
    ("I'm not suicidal, just sad", Tier.NONE),
    ("people ask if I want to die. I don't, I want my son back", Tier.NONE),
    ("we killed a bottle of wine last night", Tier.NONE),
    ("my grandson wants to watch Suicide Squad", Tier.NONE),
    ("picked up my blood pressure pills today", Tier.NONE),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_each_way_of_writing_gets_its_tier(text: str, tier: Tier) -> None:
    assert assess(text).tier is tier


def test_a_crisis_sentence_buried_in_a_long_message_is_found() -> None:
    story = "We went to the garden centre and I bought tomatoes. " * 60
    assert assess(story + "I keep thinking about ending it. " + story).escalates
    assert not assess(story).escalates


def test_quoted_words_belong_to_their_speaker() -> None:
    assert assess("my daughter texted me 'i want to die' and nothing since").tier is Tier.OTHER


def test_the_model_answers_a_high_score_as_a_crisis_and_a_middling_one_with_a_question() -> None:
    certain = LinearModel(Weights({}, 10.0), crisis_at=0.9, ask_at=0.5)  # every message: p ≈ 1
    check = Detector(detector().lexicons, certain)
    assert check.assess("we had a quiet afternoon in the garden").tier is Tier.CRISIS
    assert check.assess("I can't go on anymore").tier is Tier.CRISIS  # a faint sign confirmed
    doubtful = LinearModel(Weights({}, 0.0), crisis_at=0.9, ask_at=0.5)  # every message: p = 0.5
    check = Detector(detector().lexicons, doubtful)
    # the model's answer is said in the language she wrote in
    assert check.assess("hoy no tengo ganas de nada y no sé qué hacer").language == "es"
    assert check.assess("heute habe ich zu gar nichts Lust und weiß nicht weiter").language == "de"
    assert check.assess("we had a quiet afternoon in the garden").tier is Tier.CHECKIN
    assert check.assess("I can't go on anymore").tier is Tier.CHECKIN  # faint, not confirmed
    assert check.assess("I am not suicidal, just sad").tier is Tier.NONE  # the rules are sure
    assert check.assess("hi there").tier is Tier.NONE  # too few words to weigh


def test_a_lone_weak_sign_asks_only_when_the_model_would_ask() -> None:
    weak = "Bought a new clothesline rope today, the old one snapped"  # a means, alone
    low = LinearModel(Weights({}, -2.0), crisis_at=0.9, ask_at=0.5)  # every message: p ≈ 0.12
    check = Detector(detector().lexicons, low)
    assert check.assess(weak).tier is Tier.NONE
    assert check.assess("I can't go on anymore").tier is Tier.CHECKIN  # a faint sign asks
    assert check.assess("I keep thinking about ending it").tier is Tier.CRISIS  # the rules
    assert check.assess("years ago I tried to end my life").tier is Tier.CHECKIN  # her past
    some = LinearModel(Weights({}, -1.0), crisis_at=0.9, ask_at=0.2)  # p ≈ 0.27
    check = Detector(detector().lexicons, some)
    assert check.assess(weak).tier is Tier.CHECKIN


def test_the_model_finds_someone_else_at_risk_only_where_her_own_risk_is_not_found() -> None:
    # Her own risk p ≈ 0 (nothing to ask about); someone else's p ≈ 1.
    theirs = LinearModel(Weights({}, -10.0), 0.9, 0.6, other=Weights({}, 10.0), other_at=0.8)
    check = Detector(detector().lexicons, theirs)
    assert check.assess("my son posted a photo of a bridge and sorry").tier is Tier.OTHER
    assert check.assess("I keep thinking about ending it").tier is Tier.CRISIS  # the rules
    assert check.assess("I am not suicidal, just sad").tier is Tier.NONE  # the rules are sure
    mine = LinearModel(Weights({}, 0.0), 0.9, 0.5, other=Weights({}, 10.0), other_at=0.8)
    check = Detector(detector().lexicons, mine)
    assert check.assess("my son posted a photo of a bridge and sorry").tier is Tier.CHECKIN


def test_the_model_answers_an_attempt_under_way_as_acute_only_where_it_is_her_crisis() -> None:
    # An attempt under way p ≈ 1 on every message; her own risk p ≈ 1 (a crisis).
    urgent = LinearModel(Weights({}, 10.0), 0.9, 0.5, acute=Weights({}, 10.0), acute_at=0.8)
    check = Detector(detector().lexicons, urgent)
    assert check.assess("I keep thinking about ending it").tier is Tier.ACUTE  # the rules' crisis
    assert check.assess("we had a quiet afternoon in the garden").tier is Tier.ACUTE  # the model's
    assert check.assess("years ago I tried to end my life").tier is Tier.CHECKIN  # her past
    assert check.assess("my son says he wants to kill himself").tier is Tier.OTHER  # not hers
    assert check.assess("I am not suicidal, just sad").tier is Tier.NONE  # the rules are sure
    # A question stays a question (the model's doubt: it does not alarm a group).
    asking = LinearModel(Weights({}, 0.0), 0.9, 0.5, acute=Weights({}, 10.0), acute_at=0.8)
    check = Detector(detector().lexicons, asking)
    assert check.assess("we had a quiet afternoon in the garden").tier is Tier.CHECKIN
    assert check.assess("I can't go on anymore").tier is Tier.CHECKIN  # a faint sign asks
    assert check.assess("I keep thinking about ending it").tier is Tier.ACUTE
    calm = LinearModel(Weights({}, 10.0), 0.9, 0.5, acute=Weights({}, -10.0), acute_at=0.8)
    check = Detector(detector().lexicons, calm)
    assert check.assess("I keep thinking about ending it").tier is Tier.CRISIS
    assert check.assess("we had a quiet afternoon in the garden").tier is Tier.CRISIS


def test_a_crisis_the_rules_read_is_asked_about_when_the_model_reads_almost_none_of_it() -> None:
    # Her own risk p ≈ 0.12 on every message, under the doubt threshold: a question with her
    # lines beside it (a first private answer), never silence; the rules' sign stays.
    unsure = LinearModel(Weights({}, -2.0), 0.9, 0.5, doubt_at=0.3)
    check = Detector(detector().lexicons, unsure)
    crisis = check.assess("I keep thinking about ending it")
    assert crisis.tier is Tier.CHECKIN and crisis.doubted
    assert "model" in crisis.signs and crisis.signs != {"model"}
    # What the rules read as acute stays acute: her emergency number first.
    assert check.assess("I just took all my pills, every last one").tier is Tier.ACUTE
    assert check.assess("I am not suicidal, just sad").tier is Tier.NONE  # the rules are sure
    # Someone else's risk read by the model keeps the rules' answer.
    theirs = LinearModel(
        Weights({}, -2.0), 0.9, 0.5, other=Weights({}, 10.0), other_at=0.8, doubt_at=0.3
    )
    check = Detector(detector().lexicons, theirs)
    assert check.assess("I keep thinking about ending it").tier is Tier.CRISIS
    # At or above the threshold the rules' answer holds.
    sure = LinearModel(Weights({}, -2.0), 0.9, 0.5, doubt_at=0.1)
    check = Detector(detector().lexicons, sure)
    crisis = check.assess("I keep thinking about ending it")
    assert crisis.tier is Tier.CRISIS and not crisis.doubted


def test_the_doubt_threshold_turns_at_most_its_budget_of_her_crises_into_questions() -> None:
    hers = [Example("en", "crisis", "thoughts", f"m{i}") for i in range(400)]
    everyday = [Example("en", "none", "ordinary", f"o{i}") for i in range(50)]
    scores = [i / 400 for i in range(400)] + [0.0] * 50
    alarmed = [True] * 450
    at = doubt_threshold([*hers, *everyday], scores, alarmed)
    below = sum(s < at for s, e in zip(scores, [*hers, *everyday], strict=True) if e.hers)
    assert below == int(400 * DOUBT_BUDGET) == 2
    assert doubt_threshold(everyday, [0.0] * 50, [True] * 50) == 0.0  # no crisis: nothing is asked


def test_a_pattern_that_could_never_match_is_refused() -> None:
    with pytest.raises(ValueError, match="ends in a space"):
        compile_rules({}, [("thoughts", "end it all |kill myself")])


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("he never rang full stop im done", [["he", "never", "rang"], ["im", "done"]]),
        ("ich hab gesagt Punkt das wars", [["ich", "hab", "gesagt"], ["das", "wars"]]),
        ("an dem Punkt war ich auch", [["an", "dem", "punkt", "war", "ich", "auch"]]),
        ("um Punkt 8 Uhr", [["um", "punkt", "8", "uhr"]]),
        (
            "quiero ponerle punto final a mi vida",
            [["quiero", "ponerle", "punto", "final", "a", "mi", "vida"]],
        ),
    ],
)
def test_dictated_punctuation_ends_a_clause_and_a_point_does_not(
    text: str, parts: list[list[str]]
) -> None:
    assert clauses(fold(text)) == parts


def test_a_comma_is_remembered_between_the_words_it_stood_between() -> None:
    (clause,) = clauses(fold("no quiero comer, quiero morirme comma ya"))
    assert clause == ["no", "quiero", "comer", "quiero", "morirme", "ya"]
    assert clause.breaks == {3, 5}
