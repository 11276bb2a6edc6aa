"""SLA Workshop: the one entry point of the desktop app and the command line.

``python main.py`` and the installed ``slaworkshop`` command both run ``main()``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from slaworkshop.cli import run

COMMAND_PACKAGES = ("slaworkshop.commands", "ui.commands")


def launch_gui(args: argparse.Namespace) -> int:
    # Qt is imported only when the GUI starts, so the command line stays quick.
    from ui.window.app import run_app

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv, gui=launch_gui, packages=COMMAND_PACKAGES)


if __name__ == "__main__":
    sys.exit(main())
