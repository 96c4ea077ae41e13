"""Click-to-call: ring the agent, and once they answer, dial the number; follow the call
to its end.  ``python examples/click_to_call.py AGENT NUMBER [CONTEXT]``, e.g.
``PJSIP/alice 0612345678 outbound``; AMI_HOST, AMI_PORT, AMI_USERNAME, AMI_SECRET say
where (the simulator's defaults: try ``Local/100@test 400``)."""

import os
import sys

from ami import Manager, core

host, port = os.environ.get("AMI_HOST", "127.0.0.1"), int(os.environ.get("AMI_PORT", "5038"))
user, secret = os.environ.get("AMI_USERNAME", "admin"), os.environ.get("AMI_SECRET", "adminsecret")
agent, number, context = (sys.argv[1:] + ["test"])[:3]

with Manager() as manager:
    manager.connect(host, port)
    manager.login(user, secret)
    request = core.Originate_Context(agent, context, number, 1, callerid=f"Call <{number}>")
    call = manager.originate(request)
    if not call.wait_answered(timeout=60):
        call.wait_hangup(timeout=10)
        sys.exit(f"{agent} did not answer: {call.cause_text} (cause {call.cause})")
    print(f"{agent} answered ({call.channel}); dialling {number} in {context}")
    for event in call:
        if event.name in ("DialBegin", "DialEnd", "BridgeEnter", "Hangup"):
            where = event.get("Channel") or event.get("DestChannel", "")
            print(f"  {event.name:12} {where} {event.get('DialStatus', '')}".rstrip())
    print(f"call ended: {call.cause_text} (cause {call.cause})")
