"""The blocking client in a few lines: run `python -m ami.simulator` first, or set AMI_HOST."""

import os
import threading

from ami import Manager, core

host, port = os.environ.get("AMI_HOST", "127.0.0.1"), int(os.environ.get("AMI_PORT", "5038"))
user, secret = os.environ.get("AMI_USERNAME", "admin"), os.environ.get("AMI_SECRET", "adminsecret")

with Manager() as manager:  # leaving the block closes the connection
    manager.connect(host, port)
    manager.login(user, secret)  # Challenge/MD5 by default: the secret never crosses the wire
    print(manager.send_action(core.Command("core show version")).data[0])

    hung_up = threading.Event()
    manager.register_callback("Hangup", lambda event, _manager: hung_up.set())
    reply = manager.send_action(core.Originate_Application("Local/100@test", "Wait", data="1"))
    print("Originate:", reply.message)
    print("call ended" if hung_up.wait(timeout=5) else "call still up after 5 s")
    print("Logoff:", manager.send_action(core.Logoff()).message)
