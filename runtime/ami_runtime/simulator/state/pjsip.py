"""PJSIP objects from pjsip.conf (``res_pjsip`` sorcery types ``endpoint``, ``aor``,
``auth``, ``transport``, ``registration``), as the PJSIP actions and channels use them.

A static ``contact`` of an aor is its contact; the State adds the contacts outbound
registrations to this server itself make (the fixture's ``pjreg``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..confparse import Category, ConfigFile

__all__ = ["PjsipConfig", "PjsipObject", "load_pjsip"]


@dataclass
class PjsipObject:
    """One sorcery object: its id, type and options as written (last value wins, except
    the repeatable ones kept in ``lists``)."""

    name: str
    type: str
    options: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)

    def get(self, key: str, default: str = "") -> str:
        """An option's value."""
        return self.options.get(key, default)


_REPEATABLE = ("allow", "disallow", "contact", "match", "set_var")


@dataclass
class PjsipConfig:
    """Every object by type, in file order."""

    objects: dict[str, dict[str, PjsipObject]] = field(default_factory=dict)

    def of(self, kind: str) -> dict[str, PjsipObject]:
        """Objects of one type by id."""
        return self.objects.get(kind, {})

    def endpoint(self, name: str) -> PjsipObject | None:
        """An endpoint by id."""
        return self.of("endpoint").get(name)

    def codecs(self, endpoint: PjsipObject) -> list[str]:
        """``allow``/``disallow`` applied in order (``all`` clears)."""
        codecs: list[str] = []
        for item in endpoint.lists.get("_codecs", []):
            key, _, value = item.partition("=")
            for codec in (c.strip() for c in value.split(",")):
                if key == "disallow":
                    codecs = [] if codec == "all" else [c for c in codecs if c != codec]
                elif codec and codec not in codecs:
                    codecs.append(codec)
        return codecs

    def contacts(self, aor: str) -> list[str]:
        """The static contact URIs of an aor (``contact =``)."""
        found = self.of("aor").get(aor)
        if found is None:
            return []
        uris = [c.strip() for value in found.lists.get("contact", []) for c in value.split(",")]
        return [u for u in uris if u]


def _object(cat: Category) -> PjsipObject:
    obj = PjsipObject(cat.name, (cat.get("type") or "").lower())
    for key, value in cat.variables:
        low = key.lower()
        if low in ("allow", "disallow"):
            obj.lists.setdefault("_codecs", []).append(f"{low}={value}")
        if low in _REPEATABLE:
            obj.lists.setdefault(low, []).append(value)
        obj.options[low] = value
    return obj


def load_pjsip(conf: ConfigFile) -> PjsipConfig:
    """Objects of pjsip.conf (templates skipped)."""
    config = PjsipConfig()
    for cat in conf.categories:
        if cat.is_template:
            continue
        obj = _object(cat)
        if obj.type:
            config.objects.setdefault(obj.type, {})[obj.name] = obj
    return config
