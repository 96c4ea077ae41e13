"""Coverage-guided fuzzing of the AMI engine with atheris.  Run by hand, not in CI:

    pip install atheris
    python tests/fuzz/fuzz_protocol.py -max_total_time=300          # five minutes
    python tests/fuzz/fuzz_protocol.py -max_total_time=300 corpus/  # keep a corpus

Each input picks a recorded server stream from ``shared/transcripts*/`` and mutates it
(byte flips, truncations, duplicated chunks, injected garbage, huge lines), or is taken
as raw bytes, then is fed in random chunks, with a random size cap, to an
:class:`AmiProtocol` that has actions in flight.  A crash is anything but
:class:`RemoteProtocolError` escaping, an unframed rest over the cap, or a received
message that raises when read.  tests/test_fuzz.py runs the same checks under
hypothesis in CI.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "runtime")]

with atheris.instrument_imports():
    from ami_runtime import Action, AmiProtocol, RemoteProtocolError
    from ami_runtime.message import Message, Response
    from ami_runtime.protocol import State


def _seeds() -> list[bytes]:
    shared = Path(os.environ.get("AMI_SHARED_DIR", "/work/shared"))
    if not (shared / "transcripts").is_dir():
        shared = ROOT.parent / "shared"
    out = []
    for path in sorted(shared.glob("transcripts*/*.jsonl")):
        chunks = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        out.append(b"".join(c.get("data", "").encode() for c in chunks if c["dir"] == "s2c"))
    return out or [b"Asterisk Call Manager/9.0.0\r\nResponse: Success\r\nActionID: f-0\r\n\r\n"]


SEEDS = _seeds()
FILLS = [b"X", b"\xff", b"\r", b":", b"Output: ", b"\n", b"--END COMMAND--"]


def _mutate(fdp: atheris.FuzzedDataProvider) -> bytes:
    data = bytearray(SEEDS[fdp.ConsumeIntInRange(0, len(SEEDS) - 1)])
    for _ in range(fdp.ConsumeIntInRange(0, 6)):
        at = fdp.ConsumeIntInRange(0, len(data))
        kind = fdp.ConsumeIntInRange(0, 5)
        if kind == 0 and data:
            data[min(at, len(data) - 1)] ^= 1 << fdp.ConsumeIntInRange(0, 7)
        elif kind == 1:
            del data[at:]
        elif kind == 2:
            size = fdp.ConsumeIntInRange(1, 400)
            data[at:at] = data[max(0, at - size) : at]
        elif kind == 3:
            data[at:at] = fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 64))
        elif kind == 4:
            fill = FILLS[fdp.ConsumeIntInRange(0, len(FILLS) - 1)]
            data[at:at] = fill * fdp.ConsumeIntInRange(1, 20_000)
        else:
            del data[at : at + fdp.ConsumeIntInRange(1, 200)]
    return bytes(data)


def _touch(message: Message) -> None:
    _ = (message.pairs, message.lines, message.raw, message.action_id, repr(message))
    response = Response.of(message)
    _ = (response.kind, response.success, response.message, response.data)
    if isinstance(message, Response):
        for event in message.events:
            _touch(event)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    cap = fdp.ConsumeIntInRange(16, 65536)
    stream = _mutate(fdp) if fdp.ConsumeBool() else fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 4096))
    protocol = AmiProtocol(max_message_size=cap, action_id_prefix="f")
    for n, name in enumerate(("Ping", "QueueStatus", "Status", "Command")):
        protocol.send(Action(name), action_id=f"f-{n}")
    protocol.cancel("f-2")
    broken = False
    at = 0
    while at <= len(stream):
        step = fdp.ConsumeIntInRange(1, 8192) if fdp.remaining_bytes() else 4096
        chunk = stream[at : at + step] if at < len(stream) else b""
        at += step if at < len(stream) else 1
        try:
            protocol.receive_data(chunk)
        except RemoteProtocolError:
            if broken:
                raise AssertionError("raised again after the engine gave up") from None
            broken = True
            assert protocol.state is State.ERROR
        assert protocol._reader.buffered <= cap, (protocol._reader.buffered, cap)
        for item in protocol.events():
            # a Message itself (an event, an orphan), or one inside Completed/UnknownMessage
            for message in (item, getattr(item, "response", None), getattr(item, "message", None)):
                if isinstance(message, Message):
                    _touch(message)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
