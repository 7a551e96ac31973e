"""A fake Discord for tests: REST and a websocket gateway on 127.0.0.1, owned by the project.

`server.FakeDiscord` puts together the `world` (servers, channels, members, messages), the
`rest` routes, the `gateway` and planned `faults`; `objects` builds complete payloads.
"""

from tests.fakes.discord.faults import CANNOT_DM, MISSING_ACCESS, MISSING_PERMISSIONS, Fault
from tests.fakes.discord.rest import Call
from tests.fakes.discord.server import FakeDiscord, Mention
from tests.fakes.discord.world import Guild, World

__all__ = [
    "CANNOT_DM",
    "MISSING_ACCESS",
    "MISSING_PERMISSIONS",
    "Call",
    "FakeDiscord",
    "Fault",
    "Guild",
    "Mention",
    "World",
]
