# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_sorcery_memory_cache``.

Implemented in res/res_sorcery_memory_cache.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "SorceryMemoryCacheExpire",
    "SorceryMemoryCacheExpireObject",
    "SorceryMemoryCachePopulate",
    "SorceryMemoryCacheStale",
    "SorceryMemoryCacheStaleObject",
]


@request_class
class SorceryMemoryCacheExpire(Request[Response]):
    """Expire (remove) ALL objects from a sorcery memory cache.

    Sends ``Action: SorceryMemoryCacheExpire`` (``res/res_sorcery_memory_cache.c``).
    Privilege: system. Reply: a plain response. Asterisk: since 13.5.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "SorceryMemoryCacheExpire"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("cache", "Cache", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "13.5.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    cache: str
    """The name of the cache to expire all objects from. Header ``Cache``."""

    def __init__(self, cache: str) -> None:
        init_fields(self, cache=cache)


@request_class
class SorceryMemoryCacheExpireObject(Request[Response]):
    """Expire (remove) an object from a sorcery memory cache.

    Sends ``Action: SorceryMemoryCacheExpireObject`` (``res/res_sorcery_memory_cache.c``).
    Privilege: system. Reply: a plain response. Asterisk: since 13.5.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "SorceryMemoryCacheExpireObject"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("cache", "Cache", required=True),
        Field("object", "Object", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "13.5.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    cache: str
    """The name of the cache to expire the object from. Header ``Cache``."""

    object: str
    """The name of the object to expire. Header ``Object``."""

    def __init__(self, cache: str, object: str) -> None:
        init_fields(self, cache=cache, object=object)


@request_class
class SorceryMemoryCachePopulate(Request[Response]):
    """Expire all objects from a memory cache and populate it with all objects from the
    backend.

    Sends ``Action: SorceryMemoryCachePopulate`` (``res/res_sorcery_memory_cache.c``).
    Privilege: system. Reply: a plain response. Asterisk: since 13.7.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "SorceryMemoryCachePopulate"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("cache", "Cache", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "13.7.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    cache: str
    """The name of the cache to populate. Header ``Cache``."""

    def __init__(self, cache: str) -> None:
        init_fields(self, cache=cache)


@request_class
class SorceryMemoryCacheStale(Request[Response]):
    """Marks ALL objects in a sorcery memory cache as stale.

    Sends ``Action: SorceryMemoryCacheStale`` (``res/res_sorcery_memory_cache.c``).
    Privilege: system. Reply: a plain response. Asterisk: since 13.5.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "SorceryMemoryCacheStale"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("cache", "Cache", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "13.5.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    cache: str
    """The name of the cache to mark all object as stale in. Header ``Cache``."""

    def __init__(self, cache: str) -> None:
        init_fields(self, cache=cache)


@request_class
class SorceryMemoryCacheStaleObject(Request[Response]):
    """Mark an object in a sorcery memory cache as stale.

    Sends ``Action: SorceryMemoryCacheStaleObject`` (``res/res_sorcery_memory_cache.c``).
    Privilege: system. Reply: a plain response. Asterisk: since 13.5.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "SorceryMemoryCacheStaleObject"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("cache", "Cache", required=True),
        Field("object", "Object", required=True),
        Field("reload", "Reload"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "13.5.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    cache: str
    """The name of the cache to mark the object as stale in. Header ``Cache``."""

    object: str
    """The name of the object to mark as stale. Header ``Object``."""

    _: KW_ONLY

    reload: str | None = None
    """If true, then immediately reload the object from the backend cache instead of waiting
    for the next retrieval Header ``Reload``."""

    def __init__(self, cache: str, object: str, *, reload: str | None = None) -> None:
        init_fields(self, cache=cache, object=object, reload=reload)
