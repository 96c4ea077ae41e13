"""The live suite: the real Asterisk servers of ``shared/asterisk/`` as the judge."""
