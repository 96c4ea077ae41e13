"""Lazy generated modules: ``import ami`` builds no action or event class, yet every
name and registry answers completely when asked (ami_runtime/lazy.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import ami
import pytest
from ami import actions, core, events
from ami_runtime import registry
from ami_runtime.lazy import LazyRegistry
from ami_runtime.message import Event
from ami_runtime.protocol import AmiProtocol

ROOT = Path(__file__).resolve().parents[1]


def _fresh(code: str) -> dict[str, object]:
    """Run ``code`` in a new interpreter (nothing imported yet); it prints JSON."""
    env_path = [str(ROOT / "generated"), str(ROOT / "runtime")]
    prelude = f"import sys, json; sys.path[:0] = {env_path!r}\n"
    out = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


_LOADED = "sorted(m for m in sys.modules if m.startswith(('ami.actions.', 'ami.events.')))"


def test_import_ami_builds_no_generated_class_and_no_client() -> None:
    # the clients, MD5 login, TLS, originate; importlib.resources (6 ms, through
    # importlib.abc on 3.11) came with the compiled-build switch's finder base class;
    # dataclasses (with inspect) and logging, 7 and 4 ms, only when a class or a log needs them
    heavy = ["asyncio", "hashlib", "ssl", "uuid", "importlib.resources"]
    heavy += ["dataclasses", "inspect", "logging"]
    loaded_heavy = f"[m for m in {heavy!r} if m in sys.modules]"
    seen = _fresh(
        f"import ami\nprint(json.dumps({{'loaded': {_LOADED}, 'heavy': {loaded_heavy}}}))"
    )
    assert seen == {"loaded": [], "heavy": []}


def test_a_class_imports_only_its_own_module() -> None:
    seen = _fresh(
        "import ami\n"
        "cls = ami.core.Originate_Context\n"
        "hangup = ami.events.Hangup\n"
        "ping = ami.actions.ACTIONS_BY_NAME['ping']\n"
        f"print(json.dumps({{'loaded': {_LOADED}, 'module': cls.__module__}}))"
    )
    assert seen == {
        "loaded": ["ami.actions.manager", "ami.events._groups", "ami.events.manager"],
        "module": "ami.actions.manager",
    }


def test_a_client_meets_an_event_and_imports_its_class_then() -> None:
    seen = _fresh(
        "import ami\n"
        "from ami_runtime.protocol import AmiProtocol\n"
        "from ami_runtime.registry import default_event_types\n"
        "p = AmiProtocol(event_types=default_event_types())\n"
        "before = " + _LOADED + "\n"
        "p.receive_data(b'Asterisk Call Manager/9.0.0\\r\\n'\n"
        "               b'Event: Hangup\\r\\nUniqueid: 1\\r\\n\\r\\n')\n"
        "kinds = [type(e).__name__ for e in p.events()]\n"
        f"print(json.dumps({{'before': before, 'kinds': kinds, 'after': {_LOADED}}}))"
    )
    assert seen["before"] == []
    assert seen["kinds"] == ["Banner", "Hangup"]
    assert "ami.events.manager" in seen["after"]  # type: ignore[operator]


def test_every_name_in_all_resolves_and_dir_lists_it() -> None:
    for module in (ami, core, actions, events):
        for name in module.__all__:
            assert getattr(module, name) is not None, (module.__name__, name)
        assert set(module.__all__) <= set(dir(module))
    assert core.Originate_Context is actions.Originate_Context
    assert ami.Manager.__module__ == "ami_runtime._sync.client"


def test_registries_are_complete_and_agree_with_the_modules() -> None:
    action_names = [n for n in actions.__all__ if n not in ("ACTIONS", "ACTIONS_BY_NAME")]
    assert sorted(actions.ACTIONS) == sorted(action_names)
    assert all(actions.ACTIONS[n] is getattr(actions, n) for n in action_names)
    by_name = {cls for classes in actions.ACTIONS_BY_NAME.values() for cls in classes}
    assert by_name == set(actions.ACTIONS.values())
    assert all(issubclass(cls, Event) for cls in events.EVENTS.values())
    assert events.EVENTS["AOC-S"] is events.AOC_S  # a name that is not a class name


def test_unknown_names_fail_as_usual() -> None:
    with pytest.raises(AttributeError, match="ami.core.*NoSuchAction"):
        _ = core.NoSuchAction  # type: ignore[attr-defined]
    with pytest.raises(ImportError):
        exec("from ami.events import NoSuchEvent", {})
    with pytest.raises(KeyError):
        actions.ACTIONS["NoSuchAction"]
    assert "NoSuchEvent" not in events.EVENTS
    assert events.EVENTS.get("NoSuchEvent") is None


def test_lazy_registry_resolves_refs_once_and_is_read_only() -> None:
    lazy: LazyRegistry[object] = LazyRegistry(
        "ami_runtime", {"Event": ".message", "Pair": (".message:Event", ".message:Response")}
    )
    assert len(lazy) == 2 and list(lazy) == ["Event", "Pair"]
    assert "1 loaded" not in repr(lazy)
    assert lazy["Event"] is Event
    assert lazy["Pair"][0] is Event  # type: ignore[index]
    assert lazy["Pair"] is lazy["Pair"]  # kept once built
    with pytest.raises(TypeError):
        lazy["Event"] = object  # type: ignore[index]


def test_default_types_keep_the_lazy_layer_and_later_registrations_win() -> None:
    defaults = registry.default_event_types()
    assert defaults["Hangup"] is events.Hangup
    protocol = AmiProtocol(event_types=defaults)
    assert protocol._event_types is defaults  # read-only: no copy that imports everything

    class MyHangup(events.Hangup):
        __slots__ = ()

    mine = {"Hangup": MyHangup}
    try:
        registry.register_event_types(mine)
        assert registry.default_event_types()["Hangup"] is MyHangup
        assert AmiProtocol(event_types=mine)._event_types is not mine  # a snapshot
        registry.register_event_types(events.EVENTS)  # registered again: wins again
        assert registry.default_event_types()["Hangup"] is events.Hangup
    finally:
        registry.clear_event_types()
        registry.register_event_types(events.EVENTS)
