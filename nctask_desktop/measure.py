"""What the benchmarks read of a running process (no dependencies: the floor script uses it too)."""

from __future__ import annotations

import sys


def rss_mb() -> float:
    """Resident memory now (Linux), else its peak so far."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
