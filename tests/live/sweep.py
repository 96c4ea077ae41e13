"""The live action sweep: every action class of a version sent to a real Asterisk.

One :class:`~ami.AsyncManager` session per version.  The setup originates the channels
the cases need (:mod:`tests.live.action_cases`); then every case is sent at once, in the
table's order (Asterisk runs one session's actions one after another, so the order on the
wire is the order of execution), then the cases that need what the first step made (the
bridge's id), then ``Logoff``.  Each answer is classified:

* ``OK``: a success (for a list: its completion arrived);
* ``REFUSED``: an error that names the fixture's state (no such channel, not found ...);
* ``MODULE``: Asterisk does not know the action and ``ModuleCheck`` says its module is not
  loaded (the reason is kept);
* ``WRONG``: anything else: an error about a header (a name or value format Asterisk
  rejects), an unknown action whose module is loaded, a timeout (a list whose completion
  never arrives), a client-side exception, or an answer that leaked past its action (a
  list item or a second response arriving after the action completed).
"""

from __future__ import annotations

import asyncio
import re
import textwrap
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ami import AsyncManager, core
from ami.actions import ACTIONS
from ami_runtime import AmiError, Event, Request, Response
from ami_runtime.message import Message
from ami_runtime.versions import parse_version, supports

from tests.asterisk_server import AsteriskServer
from tests.live.action_cases import NOWHERE, Case, Fixture, cases

__all__ = ["Outcome", "SweepResult", "run_sweep", "STATE_REFUSALS"]

OK, REFUSED, MODULE, WRONG = "OK", "REFUSED", "MODULE", "WRONG"

#: Error texts that name the fixture's state, not the request's form, as Asterisk 20, 22
#: and 23 word them (each seen in a live answer).  A header Asterisk misses or a value it
#: cannot parse reads otherwise ("... not specified", "Missing ...", "Invalid ...") and
#: makes the case WRONG; a case may name one more refusal of its own (Case.refusal).
STATE_REFUSALS = re.compile(
    "|".join(
        (
            r"no such",  # channel, agent, queue, caller
            r"not found",  # bridge, BridgeTechnology, config file, database entry, endpoint
            r"does not exist",  # channel, sorcery cache
            r"could not be found",  # parking lot
            r"did not find",  # dialplan context
            r"not there",  # queue member
            r"unable to retrieve",  # PJSIP endpoint, outbound registration
            r"could not get channel",  # CoreShowChannelMap
            r"\bno [\w ]{1,30} found",  # "No Conference by that name found", "No Contacts found"
            r"no active conferences",  # ConfBridge before anyone joined
        )
    ),
    re.IGNORECASE,
)
_SUCCESS_SAYING_NO = re.compile(r"\bfailed\b|there is no", re.IGNORECASE)
_UNKNOWN_ACTION = re.compile(r"Invalid/unknown command", re.IGNORECASE)

#: Seconds any one answer may take (WaitEvent's own rule adds to its wait).
ANSWER_TIMEOUT = 10.0
#: Classes the sweep sends itself, outside the table: the session's own.
SESSION_CLASSES = ("Login", "Logoff")
#: Cases that need what the first step made (the bridges, their ids).
SECOND_STEP = ("BridgeInfo", "BridgeKick", "BridgeDestroy", "BlindTransfer")
#: Queue support's member in the fixture (queues.conf).
STATIC_MEMBER = "Local/100@test/n"


@dataclass
class Outcome:
    cls: str
    edge: str
    verdict: str
    detail: str


@dataclass
class SweepResult:
    version: str
    outcomes: list[Outcome]
    leaked: list[str]
    modules: dict[str, str]

    def by_class(self) -> dict[str, str]:
        """Class -> its verdict: WRONG if any case was, else the main case's."""
        verdicts: dict[str, list[str]] = {}
        for o in self.outcomes:
            verdicts.setdefault(o.cls, []).append(o.verdict)
        out = {}
        for cls, seen in verdicts.items():
            out[cls] = WRONG if WRONG in seen else seen[0]
        return out

    def table(self, full: bool = False) -> str:
        """Counts per class, the absent modules, then the rows: every request's with
        ``full``, else the classes answered OK by name and the other requests' rows."""
        classes = self.by_class()
        counts = Counter(classes.values())
        lines = [
            f"Asterisk {self.version}: {len(classes)} classes sent ({len(self.outcomes)} "
            "requests): "
            + ", ".join(f"{k} {counts.get(k, 0)}" for k in (OK, REFUSED, MODULE, WRONG)),
            "  modules absent: "
            + (", ".join(f"{m} ({why})" for m, why in sorted(self.modules.items())) or "none"),
        ]
        shown = self.outcomes
        if not full:
            ok = [cls for cls, verdict in classes.items() if verdict == OK]
            lines.extend(textwrap.wrap(", ".join(ok), 96, initial_indent="  OK: ",
                                       subsequent_indent="      "))  # fmt: skip
            shown = [o for o in self.outcomes if o.verdict != OK]
        for o in shown:
            edge = f" [{o.edge}]" if o.edge else ""
            lines.append(f"  {o.verdict:<7} {o.cls}{edge}: {o.detail}")
        lines.extend(f"  WRONG   leaked: {text}" for text in self.leaked)
        return "\n".join(lines)

    @property
    def wrong(self) -> list[str]:
        rows = [f"{o.cls} [{o.edge}]: {o.detail}" for o in self.outcomes if o.verdict == WRONG]
        return rows + [f"leaked: {text}" for text in self.leaked]


def classes_for(version: str) -> dict[str, type[Request[Any]]]:
    """Every action class the catalogue has for ``version``."""
    parsed = parse_version(version)
    assert parsed is not None
    return {name: cls for name, cls in ACTIONS.items() if supports(cls, parsed)}


class _Sweep:
    def __init__(self, server: AsteriskServer) -> None:
        self.server = server
        self.fx = Fixture(server.version)
        self.outcomes: list[Outcome] = []
        self.modules: dict[str, str] = {}
        self.done_ids: set[str] = set()
        self.leaked: list[str] = []
        self.later: dict[str, tuple[str, ...]] = {}
        #: The last event of the sweep: once callbacks saw it, they saw all before it.
        self.marker = f"AmikitSweepEnd{uuid.uuid4().hex[:8]}"
        self.marker_seen = asyncio.Event()
        #: Uniqueids of the channels up before the sweep: it hangs up any others.
        self.before: set[str] = set()

    # -- setup -----------------------------------------------------------------------

    async def setup(self, manager: AsyncManager) -> None:
        """Originate the channels the cases use and learn their names."""
        self.before = set(await _channels(manager))
        roles = {
            # role: (exten, which half of the Local channel the cases talk to)
            "a": ("101", 1),
            "xfer": ("101", 1),
            "blind": ("101", 1),
            "blind2": ("101", 1),
            "redirect": ("101", 1),
            "hangup": ("101", 1),
            "park": ("101", 1),
            "b1": ("101", 1),
            "b2": ("101", 1),
            "b3": ("101", 1),
            "b4": ("101", 1),
            "monitor": ("101", 1),
            "agi": ("300", 2),
            "conf": ("600", 2),
            "caller": ("500", 2),
        }
        #: The dialplan application a ;2 half must have reached before the cases run.
        apps = {"agi": "AGI", "conf": "ConfBridge", "caller": "Queue"}
        ids: dict[str, str] = {}
        # Queue support's static member would answer the caller at once: pause it, so
        # the caller waits (QueueChangePriorityCaller, QueueWithdrawCaller).
        await manager.send_action(core.QueuePause(STATIC_MEMBER, True, queue="support"))
        requests = []
        for role, (exten, half) in roles.items():
            one, two = (f"amikit-{role}-{uuid.uuid4().hex[:8]}" for _ in range(2))
            ids[role] = one if half == 1 else two
            requests.append(
                core.Originate_Application(
                    f"Local/{exten}@test",
                    "Wait",
                    data=["300"],
                    async_=False,
                    channel_id=one,
                    other_channel_id=two,
                )
            )
        answers = await asyncio.gather(*(manager.send_action(r) for r in requests))
        for answer in answers:
            answer.raise_for_error()
        await self._wait_for_channels(manager, ids, apps)
        await self._wait_for_registration(manager)

    async def _wait_for_registration(self, manager: AsyncManager) -> None:
        """Until the server has registered to itself (pjreg, about 1 s after its start),
        so that PJSIPShowContacts has a contact to list; bounded, then on regardless."""
        for _ in range(100):
            listing = await manager.send_action(core.PJSIPShowRegistrationsOutbound())
            if any(e.get("Status") == "Registered" for e in listing.events):
                return
            await asyncio.sleep(0.05)

    async def _wait_for_channels(
        self, manager: AsyncManager, ids: dict[str, str], apps: dict[str, str]
    ) -> None:
        """Until every role's channel is listed and the ;2 halves have reached their
        application (a conference exists once its first member has joined)."""
        wanted = {ids[role]: app for role, app in apps.items()}
        names: dict[str, str] = {}
        for _ in range(100):
            listing = await manager.send_action(core.CoreShowChannels())
            names = {e.get("Uniqueid", ""): e.get("Channel", "") for e in listing.events}
            running = {e.get("Uniqueid", ""): e.get("Application", "") for e in listing.events}
            if all(uid in names for uid in ids.values()) and all(
                running.get(uid) == app for uid, app in wanted.items()
            ):
                break
            await asyncio.sleep(0.05)
        self.fx.channels = {role: names[uid] for role, uid in ids.items() if uid in names}

    async def find_bridges(self, manager: AsyncManager) -> None:
        """The ids of the bridges the first step made (of b1 and b2, of b3 and b4)."""
        listing = await manager.send_action(core.BridgeList())
        b1, b3 = self.fx.chan("b1"), self.fx.chan("b3")
        for item in listing.events:
            bridge = item.get("BridgeUniqueid", NOWHERE)
            info = await manager.send_action(core.BridgeInfo(bridge))
            members = {e.get("Channel") for e in info.events}
            if b1 in members:
                self.fx.bridge = bridge
            if b3 in members:
                self.fx.bridge2 = bridge

    # -- sending and judging ---------------------------------------------------------

    async def send(self, manager: AsyncManager, name: str, case: Case) -> None:
        request = case.request
        try:
            response = await manager.send_action(request, timeout=ANSWER_TIMEOUT)
        except AmiError as exc:
            self._note(name, case, WRONG, f"{type(exc).__name__}: {exc}")
            return
        except Exception as exc:  # a client-side bug is a finding
            self._note(name, case, WRONG, f"client raised {type(exc).__name__}: {exc}")
            return
        action_id = response.action_id
        if action_id:
            self.done_ids.add(action_id)
            self.later[action_id] = request.EVENTS
        await self.judge(manager, name, case, response)

    async def judge(self, manager: AsyncManager, name: str, case: Case, r: Response) -> None:
        message = r.message or r.get("Message") or ""
        if r.success and _SUCCESS_SAYING_NO.search(message):
            # Asterisk's "Success" that says it did not happen (VoicemailMove of a missing
            # message: "Message move failed"; an unknown mailbox: "There is no ...").
            self._note(name, case, REFUSED, f"{r.kind}: {message}")
            return
        if r.success:
            listed = f", {len(r.events)} items" if request_is_list(case.request) else ""
            if request_is_list(case.request) and r.get("EventList", "").lower() == "start":
                if r.complete is None:
                    self._note(name, case, WRONG, "list without its completion event")
                    return
            problem = case.check(r) if case.check is not None else ""
            if problem:
                self._note(name, case, WRONG, f"success, but not as asked: {problem}")
                return
            self._note(name, case, OK, f"{r.kind}: {message}{listed}".strip())
            return
        if _UNKNOWN_ACTION.search(message):
            module = type(case.request).__module__.rsplit(".", 1)[-1]
            reason = await self.module_state(manager, module)
            if reason:
                self._note(name, case, MODULE, f"{module}: {reason}")
            else:
                self._note(name, case, WRONG, f"unknown action, yet {module} is loaded")
            return
        if STATE_REFUSALS.search(message) or (
            case.refusal and re.search(case.refusal, message, re.IGNORECASE)
        ):
            self._note(name, case, REFUSED, message)
            return
        self._note(name, case, WRONG, f"{r.kind}: {message}")

    async def module_state(self, manager: AsyncManager, module: str) -> str:
        """``ModuleCheck``'s refusal ("Module not loaded"), or "" if the module is loaded."""
        if module in self.modules:
            return self.modules[module]
        if module == "manager":  # the core: always there
            return ""
        answer = await manager.send_action(core.ModuleCheck(module))
        reason = "" if answer.success else (answer.message or "ModuleCheck failed")
        if reason:
            self.modules[module] = reason
        return reason

    async def hang_up_ours(self, manager: AsyncManager) -> None:
        """Leave the server as found: hang up every channel the sweep made (its legs,
        the Originates' calls, what the transfers dialled) and wait until they are gone."""
        for _ in range(100):
            ours = {u: n for u, n in (await _channels(manager)).items() if u not in self.before}
            if not ours:
                return
            await asyncio.gather(
                *(manager.send_action(core.Hangup(name)) for name in ours.values())
            )
            await asyncio.sleep(0.05)
        raise AssertionError(f"channels of the sweep still up: {sorted(ours.values())}")

    async def drain(self, manager: AsyncManager) -> None:
        """Until the callbacks have seen everything the server sent so far: a UserEvent
        of our own comes back after all of it (one session's output is in order)."""
        await manager.send_action(core.Events(["user"]))
        await manager.send_action(core.UserEvent(UserEvent=self.marker))
        await asyncio.wait_for(self.marker_seen.wait(), ANSWER_TIMEOUT)

    def _note(self, name: str, case: Case, verdict: str, detail: str) -> None:
        self.outcomes.append(Outcome(name, case.edge, verdict, detail))

    def on_message(self, message: Message, _manager: object = None) -> None:
        """Anything with a finished action's ActionID arriving later has leaked."""
        if isinstance(message, Event) and message.get("UserEvent") == self.marker:
            self.marker_seen.set()
            return
        action_id = message.get("ActionID")
        if action_id is None or action_id not in self.done_ids:
            return
        if isinstance(message, Event) and message.name in self.later.get(action_id, ()):
            return  # an event the catalogue says the action causes later (OriginateResponse)
        if isinstance(message, Event):
            what = f"event {message.name}"
        else:
            what = f"response {message.get('Response')} {message.get('Message')!r}"
        self.leaked.append(f"{what} after {action_id} completed")


def request_is_list(request: Request[Any]) -> bool:
    return request.LIST is not None


async def _run(server: AsteriskServer) -> SweepResult:
    sweep = _Sweep(server)
    wanted = classes_for(server.version)
    async with AsyncManager(
        server.host,
        server.ami_port,
        username="admin",
        secret="adminsecret",
        events=False,
        timeout=ANSWER_TIMEOUT,
    ) as manager:
        manager.register_callback("", sweep.on_message)
        manager.register_callback(None, sweep.on_message)
        await sweep.setup(manager)
        table = cases(sweep.fx)
        missing = sorted(set(wanted) - set(table) - set(SESSION_CLASSES))
        if missing:
            raise AssertionError(f"no live case for {missing}")
        first = [
            (name, case)
            for name, batch in table.items()
            if name in wanted and name not in SECOND_STEP
            for case in batch
        ]
        await asyncio.gather(*(sweep.send(manager, n, c) for n, c in first))
        await sweep.find_bridges(manager)
        table = cases(sweep.fx)
        second = [(n, c) for n in SECOND_STEP if n in wanted for c in table[n]]
        await asyncio.gather(*(sweep.send(manager, n, c) for n, c in second))
        login = Case(core.Login("admin", "adminsecret", events=False), edge="again")
        await sweep.send(manager, "Login", login)
        await sweep.hang_up_ours(manager)
        await manager.send_action(core.QueuePause(STATIC_MEMBER, False, queue="support"))
        await sweep.drain(manager)
        await sweep.send(manager, "Logoff", Case(core.Logoff()))
    return SweepResult(server.version, sweep.outcomes, sweep.leaked, sweep.modules)


async def _channels(manager: AsyncManager) -> dict[str, str]:
    """Uniqueid -> name of every channel up."""
    listing = await manager.send_action(core.CoreShowChannels())
    return {e.get("Uniqueid", ""): e.get("Channel", "") for e in listing.events}


def run_sweep(server: AsteriskServer) -> SweepResult:
    return asyncio.run(_run(server))
