"""The golden tree holds generated test modules: compared byte for byte, never run."""

collect_ignore_glob = ["golden/*", "fixtures/*"]
