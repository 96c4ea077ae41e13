"""What a PBX has, as JSON: version, uptime, channels, queues and their members, SIP peers
or PJSIP endpoints, voicemail boxes.  ``python examples/inventory.py > inventory.json``;
AMI_HOST, AMI_PORT, AMI_USERNAME, AMI_SECRET say where (the simulator by default)."""

import json
import os

from ami import Manager, UnsupportedAction, core

host, port = os.environ.get("AMI_HOST", "127.0.0.1"), int(os.environ.get("AMI_PORT", "5038"))
user, secret = os.environ.get("AMI_USERNAME", "admin"), os.environ.get("AMI_SECRET", "adminsecret")
LISTS = {  # key -> the list action (the version decides between SIP and PJSIP)
    "channels": core.CoreShowChannels(),
    "queues": core.QueueStatus(),
    "sip_peers": core.SIPpeers(),
    "pjsip_endpoints": core.PJSIPShowEndpoints(),
    "voicemail": core.VoicemailUsersList(),
}

with Manager() as manager:
    manager.connect(host, port)
    manager.login(user, secret, events=False)  # reads only: no events needed
    settings = manager.send_action(core.CoreSettings())
    status = manager.send_action(core.CoreStatus())
    inventory = {"asterisk": settings["AsteriskVersion"], "ami": settings["AMIversion"],
                 "startup": f"{status['CoreStartupDate']} {status['CoreStartupTime']}"}  # fmt: skip
    for key, action in LISTS.items():
        try:
            reply = manager.send_action(action)
        except UnsupportedAction:  # e.g. SIPpeers on Asterisk 21+: chan_sip is gone
            continue
        if reply.success:  # an error: the module is not loaded
            inventory[key] = [{k: v for k, v in e.items() if k != "ActionID"} for e in reply.events]
print(json.dumps(inventory, indent=2))
