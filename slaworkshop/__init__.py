"""SLA Workshop core: the agreement, its plan, the workshop file and the command line.

Nothing in this package imports Qt; the desktop app lives in ``ui``.
"""

__version__ = "0.1.0"
