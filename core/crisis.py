"""What Holdspace says when a message carries crisis language: one reply for each tier.

`core.safety.assess` says how serious a message is; this module says it back to her, in
her language, from the content library. Every reply is plain about what Holdspace is (a
companion, not an emergency service); none carries method details or promises.

- **acute** (an attempt in progress or just made, the means at hand with a time): her
  country's emergency number first, "call now"; then her country's lines; then one step to
  take while she waits.
- **crisis**: the crisis lines of her country, its emergency number, the worldwide
  directories, and a grounding step.
- **check-in** (a past attempt, a loss to suicide, a faint sign): a gentle, direct question
  with answer buttons, and /helpnow named. No numbers: a past attempt is not an emergency.
- **other** (someone else is at risk now): resources framed for helping another person.

A line is shown as a member needs it: its name, how to reach it (call, text, WhatsApp,
chat, e-mail), numbers marked so a platform can make them tappable, and its hours in her
words ("around the clock" only where the data says `always`). Research notes, sources and
confidence stay in the data for maintainers.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import markup
from core.content import Channel, Country, CrisisLine, EmergencyNumber, Hours, Library

SOURCES = ("setting", "zone", "region", "none")


@dataclass(frozen=True)
class Place:
    """Whose lines to show: the country found, the code it was found as, and how."""

    country: Country | None
    code: str | None = None  # an ISO code, even one we have no lines for
    source: str = "none"  # "setting", "zone" (her time zone), "region" (platform language)


NOWHERE = Place(None)


class Words:
    """The crisis replies of one locale."""

    def __init__(self, library: Library, locale: str) -> None:
        self.library = library
        self.locale = locale

    def text(self, key: str, **params: object) -> str:
        """Return one interface string of this locale."""
        return self.library.text(key, self.locale, **params)

    # --- the parts ---------------------------------------------------------------------

    def hours(self, hours: Hours) -> str:
        """Say when a line answers: around the clock, every day 09:00–24:00, or may vary."""
        if hours.kind == "daily":
            return self.text("crisis.hours.daily", start=hours.start, end=hours.end)
        return self.text(f"crisis.hours.{hours.kind}")

    def _aside(self, text: str, aside: str) -> str:
        return self.text("crisis.aside", text=text, aside=aside)

    def _either(self, items: list[str]) -> str:
        if len(items) == 1:
            return items[0]
        return self.text("crisis.or", some=", ".join(items[:-1]), last=items[-1])

    def _number(self, number: str, via: str | None, label: str | None) -> str:
        shown = markup.phone(number)
        if via:
            shown = self._aside(shown, self.text(f"crisis.from.{via}"))
        if label:
            shown = self._aside(shown, markup.escape(label))
        return shown

    def _way(self, kind: str, channels: list[Channel]) -> str:
        first = channels[0]
        if kind == "chat":
            return self.text("crisis.way.chat", link=markup.link(first.value))
        if kind == "email":
            return self.text("crisis.way.email", address=markup.escape(first.value))
        numbers = " / ".join(self._number(c.value, c.via, c.label) for c in channels)
        if kind == "text" and first.keyword:
            return self.text(
                "crisis.way.text_keyword", keyword=markup.escape(first.keyword), number=numbers
            )
        return self.text(f"crisis.way.{kind}", number=numbers)

    def _groups(self, reach: tuple[Channel, ...]) -> list[list[Channel]]:
        """Put side by side the numbers reached the same way at the same hours."""
        groups: list[list[Channel]] = []
        for channel in reach:
            last = groups[-1][0] if groups else None
            if (
                last is not None
                and channel.kind == last.kind
                and channel.hours == last.hours
                and channel.kind in ("call", "whatsapp")
            ):
                groups[-1].append(channel)
            else:
                groups.append([channel])
        return groups

    def line(self, line: CrisisLine) -> str:
        """Write one line: its name, the ways to reach it, its hours, its website."""
        groups = self._groups(line.reach)
        hours = {c.hours for c in line.reach} or {line.hours}
        same = len(hours) == 1
        ways = []
        for group in groups:
            way = self._way(group[0].kind, group)
            ways.append(way if same else self._aside(way, self.hours(group[0].hours)))
        chats = {c.value.rstrip("/") for c in line.reach if c.kind == "chat"}
        if line.url and line.url.rstrip("/") not in chats:
            ways.append(markup.link(line.url))
        name = markup.escape(line.name)
        if same:
            return self.text(
                "crisis.line", name=name, hours=self.hours(next(iter(hours))), ways="; ".join(ways)
            )
        return self.text("crisis.line_mixed", name=name, ways="; ".join(ways))

    def emergency_number(self, number: EmergencyNumber) -> str:
        """Write one emergency number with what it is for: "144 (ambulance)"."""
        shown = self._number(number.number, number.via, None)
        if number.purpose:
            shown = self._aside(shown, self.text(f"crisis.for.{number.purpose}"))
        return shown

    def numbers(self, country: Country) -> str:
        """Write a country's emergency numbers: "999 or 112"."""
        return self._either([self.emergency_number(n) for n in country.emergency])

    def country_lines(self, place: Place, *, emergency: bool = True) -> str:
        """Write a country's lines under its name (or say why there are none)."""
        country = place.country
        if country is None:
            return self.text("crisis.no_lines" if place.code else "crisis.no_country")
        parts = [
            self.text(
                "crisis.lines_for",
                country=markup.escape(self.library.country_name(country, self.locale)),
            )
        ]
        parts.extend(self.line(line) for line in country.lines)
        if emergency:
            parts.append(self.text("crisis.emergency", numbers=self.numbers(country)))
        return "\n".join(parts)

    def directories(self, heading: str = "crisis.worldwide") -> str:
        """Write the worldwide directories under a heading."""
        parts = [self.text(heading)]
        parts.extend(
            self.text(
                "crisis.directory",
                name=markup.escape(line.name),
                link=markup.link(line.url) if line.url else "",
            )
            for line in self.library.worldwide
        )
        return "\n".join(parts)

    # --- the replies -------------------------------------------------------------------

    def crisis(self, place: Place, intro: str, grounding: str) -> str:
        """Write the crisis reply: her lines first, then a grounding step."""
        return "\n\n".join(
            [
                self.text(intro),
                self.country_lines(place),
                self.directories(),
                self.text("crisis.not_emergency"),
                self.text("crisis.grounding", grounding=grounding),
            ]
        )

    def call_now(self, place: Place) -> str:
        """Write "please call <her emergency number> now" (or the local number, anywhere)."""
        if place.country is None:
            return self.text("crisis.acute.call_anywhere")
        return self.text("crisis.acute.call", numbers=self.numbers(place.country))

    def acute(self, place: Place) -> str:
        """Write the acute reply: the emergency number first, then her lines, then a step."""
        if place.country is not None:
            lines = self.country_lines(place, emergency=False)
            parts = [self.call_now(place), self.text("crisis.acute.lines"), lines]
        else:
            parts = [self.call_now(place), self.directories()]
        parts.append(self.text("crisis.acute.ground"))
        return "\n\n".join(parts)

    def checkin(self, place: Place, opening: str) -> str:
        """Write the check-in: an opening, the direct question, people to talk with, /helpnow.

        A faint sign may be a crisis worded in a way the check did not know, so she is
        shown her lines at once (not the emergency number) without having to answer first.
        """
        if place.country is not None:
            people = self.text("crisis.checkin.people") + "\n\n"
            people += self.country_lines(place, emergency=False)
        else:
            people = self.directories("crisis.checkin.directories")
        return "\n\n".join(
            [
                self.text(opening),
                self.text("crisis.checkin.ask"),
                people,
                self.text("crisis.checkin.helpnow"),
            ]
        )

    def other(self, place: Place) -> str:
        """Write the reply for someone worried about another person at risk now."""
        if place.country is not None:
            danger = self.text("crisis.other.danger", numbers=self.numbers(place.country))
        else:
            danger = self.text("crisis.other.danger_anywhere")
        parts = [self.text("crisis.other.first"), danger]
        if place.country is not None:
            parts += [self.text("crisis.other.lines"), self.country_lines(place, emergency=False)]
        parts += [
            self.text("crisis.other.how"),
            self.directories("crisis.other.worldwide"),
            self.text("crisis.other.not_emergency"),
        ]
        return "\n\n".join(parts)

    def group(self, place: Place, intro: str, grounding: str) -> str:
        """Write the crisis reply for a group: lines for all, nothing asked in public."""
        return "\n\n".join(
            [
                self.text(intro),
                self.country_lines(place),
                self.directories(),
                self.text("crisis.group_not_emergency"),
                self.text("crisis.grounding", grounding=grounding),
            ]
        )

    def follow_up_acute(self, place: Place) -> str:
        """Write the reply to her next message after an acute one: call now, still here."""
        if place.country is None:
            return self.text("crisis.follow_up_acute_anywhere")
        return self.text("crisis.follow_up_acute", numbers=self.numbers(place.country))
