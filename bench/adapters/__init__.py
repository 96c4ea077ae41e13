"""One module per client; each defines the scenarios it can run (see ``bench/client.py``)."""
