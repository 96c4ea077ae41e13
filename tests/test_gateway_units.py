"""The gateway's parts that need no broker: its config file, its buffer's gap accounting,
and that ``import ami`` stays clear of it (the gateway is an optional extra)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from ami_runtime.errors import InvalidInput
from ami_runtime.gateway.config import parse_config
from ami_runtime.gateway.outbox import Outbox

ROOT = Path(__file__).resolve().parents[1]

CONFIG = """
[gateway]
name = gw-1
broker = amqp://gw@rabbit:5672/
broker_password_file = broker.secret
buffer = 10
[pbx:london-1]
host = 10.0.0.1
username = gateway
secret_file = london.secret
tags = eu, hosted
[role:ops]
users = app1 app2
allow = Originate, Hangup
"""


def test_config_reads_secret_files_and_keeps_them_out_of_reprs(tmp_path: Path) -> None:
    (tmp_path / "london.secret").write_text("s3cret-pbx\n")
    (tmp_path / "broker.secret").write_text("s3cret-broker\n")
    config = parse_config(CONFIG, tmp_path)
    pbx = config.pbxs["london-1"]
    assert pbx.secret == "s3cret-pbx" and pbx.port == 5038 and pbx.tags == ("eu", "hosted")
    assert config.broker.url == "amqp://gw:s3cret-broker@rabbit:5672/"
    assert "s3cret" not in repr(config)
    ops = config.role_of("app2")
    assert ops.allows("originate") and not ops.allows("Login") and not ops.allows("Setvar")
    default = config.role_of(None)
    assert default.allows("CoreShowChannels") and not default.allows("Originate")
    assert config.role_of("stranger") is default


@pytest.mark.parametrize(
    "text",
    ["[pbx:has.dot]\nusername = a\n", "[pbx:x]\nhost = h\n", "[mystery]\n", "[gateway\n"],
)
def test_config_errors_are_typed(text: str, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        parse_config(text, tmp_path)


def test_a_cafile_is_relative_to_the_config_and_checked_at_load(tmp_path: Path) -> None:
    trustme = pytest.importorskip("trustme")
    trustme.CA().cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    text = "[pbx:p]\nusername = u\ntls = yes\ncafile = {}\n"
    assert parse_config(text.format("ca.pem"), tmp_path).pbxs["p"].cafile == str(
        tmp_path / "ca.pem"
    )
    with pytest.raises(InvalidInput, match="cannot load cafile missing.pem"):
        parse_config(text.format("missing.pem"), tmp_path)
    (tmp_path / "junk.pem").write_text("not a certificate\n")
    with pytest.raises(InvalidInput, match="cannot load cafile junk.pem"):
        parse_config(text.format("junk.pem"), tmp_path)


def test_a_full_buffer_drops_and_reports_exactly_the_lost_sequence_numbers() -> None:
    async def run() -> list[dict]:
        box = Outbox(3)
        for seq in range(1, 7):
            box.put("p", "e1", seq, f"p.E{seq}", json.dumps({"seq": seq}).encode())
        assert len(box) == 3 and box.dropped == 3
        box.done(3)  # the broker confirmed what waited: the gap record follows
        box.put("p", "e1", 7, "p.E7", b'{"seq": 7}')
        return [json.loads(body) for _, body in box.peek(0, 10)]

    records = asyncio.run(run())
    gap, after = records
    assert gap["type"] == "gap" and (gap["first_seq"], gap["last_seq"], gap["count"]) == (4, 6, 3)
    assert after == {"seq": 7}


def test_import_ami_does_not_import_the_gateway_or_aio_pika() -> None:
    names = "('aio_pika', 'aiormq', 'ami_runtime.gateway')"
    code = f"import sys, ami, ami.core; print([m for m in sys.modules if m.startswith({names})])"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": f"{ROOT / 'generated'}:{ROOT / 'runtime'}"},
    )
    assert out.stdout.strip() == "[]"


def test_publish_frames_written_by_hand_are_the_bytes_pamqp_writes() -> None:
    pytest.importorskip("aiormq")
    from ami_runtime.gateway.amqp import encode_publishes
    from pamqp import commands as spec
    from pamqp import frame
    from pamqp.body import ContentBody
    from pamqp.header import ContentHeader

    props = spec.Basic.Properties(delivery_mode=2, content_type="application/json")
    items = [("pbx1.UserEvent", b'{"a":1}'), ("p.AmiGatewayGap", b"y" * 300), ("p.Empty", b"")]
    expected = b""
    for key, body in items:
        frames = [
            spec.Basic.Publish(exchange="ami.events", routing_key=key),
            ContentHeader(properties=props, body_size=len(body)),
            *(ContentBody(body[i : i + 128]) for i in range(0, len(body), 128)),
        ]
        expected += b"".join(frame.marshal(f, 3) for f in frames)
    assert encode_publishes(3, "ami.events", items, props, 128) == expected


def test_records_in_flight_wait_again_ahead_of_the_rest_when_not_confirmed() -> None:
    async def run() -> None:
        box = Outbox(10)
        for seq in range(1, 6):
            box.put("p", "e1", seq, "p.E", str(seq).encode())
        assert [b for _, b in box.take(3)] == [b"1", b"2", b"3"]
        assert (box.in_flight, box.waiting, len(box)) == (3, 2, 5)
        box.done(1)  # "1" confirmed; "2" and "3" were not
        box.rewind()
        assert [b for _, b in box.take(10)] == [b"2", b"3", b"4", b"5"]
        box.done(4)
        assert len(box) == 0 and box.published == 5

    asyncio.run(run())


class _FakeChannel:
    """What RecordChannel uses of an aiormq channel."""

    number, max_content_size = 1, 131072

    def __init__(self) -> None:
        self.delivery_tag = 0
        self.closing: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.is_closed = False
        self.write_queue: asyncio.Queue[object] = asyncio.Queue()


def test_the_record_channel_keeps_one_watermark_over_single_multiple_and_negative_acks() -> None:
    pytest.importorskip("aiormq")
    from ami_runtime.gateway.amqp import RecordChannel
    from pamqp import commands as spec

    async def run() -> None:
        changes = []
        fake = _FakeChannel()
        props = spec.Basic.Properties(delivery_mode=2)
        records = RecordChannel(fake, "ami.events", props, lambda: changes.append(1))  # type: ignore[arg-type]
        await records.write([(f"p.E{i}", b"x") for i in range(10)])
        assert fake.delivery_tag == 10 and fake.write_queue.qsize() == 1
        ack = fake._on_confirm_frame  # type: ignore[attr-defined]  # the hook aiormq calls
        await ack(spec.Basic.Ack(delivery_tag=2))  # out of order: 1 is not confirmed yet
        assert records.take_confirmed() == 0
        await ack(spec.Basic.Ack(delivery_tag=1))
        assert records.take_confirmed() == 2
        await ack(spec.Basic.Ack(delivery_tag=5, multiple=True))
        await ack(spec.Basic.Ack(delivery_tag=3))  # late: already covered
        assert records.take_confirmed() == 3 and records.take_confirmed() == 0
        await ack(spec.Basic.Nack(delivery_tag=6))
        await ack(spec.Basic.Ack(delivery_tag=10, multiple=True))  # must not cover tag 6
        assert records.refused and records.take_confirmed() == 0
        records.restart()  # the caller writes 6..10 again, as tags 11..15
        await records.write([(f"p.E{i}", b"x") for i in range(6, 11)])
        await ack(spec.Basic.Ack(delivery_tag=9, multiple=True))  # of the forgotten writes
        assert records.take_confirmed() == 0
        await ack(spec.Basic.Ack(delivery_tag=15, multiple=True))
        assert records.take_confirmed() == 5 and not records.refused
        fake.closing.set_result(None)
        await asyncio.sleep(0)
        assert len(changes) == 6  # each confirm that counted (not the ignored), the close

    asyncio.run(run())
