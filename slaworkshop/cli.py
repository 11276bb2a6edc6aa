"""The command line (DESIGN §7).

Exit codes: 0 done, 2 usage error, 3 input rejected (nothing written), 4 refused (signed
revision, locked or read-only file), 1 a bug. Errors go to stderr, one per line, each with its
place.

Subcommands live in modules of ``slaworkshop.commands`` (and of other packages the entry point
names, such as ``ui.commands`` for those that need Qt); each module has ``register(subparsers)``.
Each package's ``COMMANDS`` table names the module of each subcommand: a command line naming
one imports that module alone (no workbook, PDF or Qt code for ``list``); help and unknown
names import them all.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from slaworkshop import __version__
from slaworkshop.model import ValidationError
from slaworkshop.store import (
    LockedError,
    ReadOnlyError,
    SealedError,
    StoreError,
)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
EXIT_REFUSED = 4

GuiLauncher = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A failure to report to the user with an exit code; ``lines`` go to stderr."""

    def __init__(self, code: int, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.code = code
        self.lines = list(lines)


class Rejected(CommandError):
    def __init__(self, *lines: str) -> None:
        super().__init__(EXIT_REJECTED, *lines)


class Refused(CommandError):
    def __init__(self, *lines: str) -> None:
        super().__init__(EXIT_REFUSED, *lines)


# argparse asks gettext for each of its own words ("usage", "options", …), and gettext looks
# for a catalogue on disk each time, finding none (Python ships no translations of argparse):
# 1.5 ms of a ``list``'s 85. The command line is in English; its words are taken as they are.
argparse._ = lambda message: message  # type: ignore[attr-defined]
argparse.ngettext = lambda singular, plural, count: (  # type: ignore[attr-defined]
    singular if count == 1 else plural)


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it (COLUMNS, then the
    terminal, else 80)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, without ``import shutil`` to learn the terminal's width:
    argparse makes one for every option it adds, and shutil (with zlib, bz2 and lzma) took
    2.5 ms of a ``list``'s 85."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: usage error: {message}\n")


def command_modules(packages: Sequence[str]) -> list[str]:
    import pkgutil  # the command line's path only; the desktop app skips it

    names = []
    for package_name in packages:
        try:
            package = importlib.import_module(package_name)
        except ImportError:
            continue
        for info in pkgutil.iter_modules(package.__path__):
            if not info.name.startswith("_"):
                names.append(f"{package_name}.{info.name}")
    return sorted(names)


def command_module(packages: Sequence[str], command: str) -> str | None:
    """The module that registers ``command``, from the packages' ``COMMANDS`` tables."""
    for package_name in packages:
        try:
            package = importlib.import_module(package_name)
        except ImportError:
            continue
        module = getattr(package, "COMMANDS", {}).get(command)
        if module is not None:
            return f"{package_name}.{module}"
    return None


def build_parser(packages: Sequence[str] = ("slaworkshop.commands",),
                 command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command`` (the first word of the command line), only the module of
    that subcommand is imported, when a table names it."""
    parser = _Parser(
        prog="slaworkshop",
        description="SLA Workshop: plan, sign and track a sales & marketing service-level "
                    "agreement. Without a command, the desktop app starts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    gui = subparsers.add_parser("gui", help="start the desktop app (the default)")
    add_gui_options(gui)
    only = None if command is None else command_module(packages, command)
    for name in [only] if only is not None else command_modules(packages):
        module = importlib.import_module(name)
        module.register(subparsers)
    return parser


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="workshop file to open "
                        "(default: the one in your data folder)")
    parser.add_argument("--lang", choices=("en", "es"), help="language of the app")
    parser.add_argument("--read-only", action="store_true", help="open the file read-only")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="render the main window to a PNG file and exit")
    parser.add_argument("--size", metavar="WxH", default=None,
                        help="window size, e.g. 1280x720 (default: what the screen allows)")
    parser.add_argument("--view", default=None,
                        help="what --screenshot shows: main, plan, parties, protocols, kpis, "
                        "reporting, tracking, report, report-large, wizard-N, rebenchmark, "
                        "presenter, meeting-N, segments, capacity, budget")


def gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="slaworkshop", description="SLA Workshop desktop app")
    add_gui_options(parser)
    return parser


def _report(lines: Sequence[str], stream: TextIO) -> None:
    for line in lines:
        print(f"slaworkshop: {line}", file=stream)


def run(argv: Sequence[str] | None = None, *, gui: GuiLauncher | None = None,
        packages: Sequence[str] = ("slaworkshop.commands",)) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    wants_gui = not args_list or args_list[0] == "gui" or (
        args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version"))
    try:
        if wants_gui:
            if args_list and args_list[0] == "gui":
                args_list = args_list[1:]
            args = gui_parser().parse_args(args_list)
            if gui is None:
                raise CommandError(EXIT_USAGE, "the desktop app is not available here")
            return gui(args)
        parser = build_parser(packages, args_list[0] if args_list else None)
        args = parser.parse_args(args_list)
        handler = getattr(args, "func", None)
        if handler is None:
            parser.print_help()
            return EXIT_USAGE
        return int(handler(args))
    except CommandError as exc:
        _report(exc.lines, sys.stderr)
        return exc.code
    except ValidationError as exc:
        _report([str(p) for p in exc.problems], sys.stderr)
        return EXIT_REJECTED
    except (SealedError, ReadOnlyError, LockedError) as exc:
        _report(str(exc).splitlines(), sys.stderr)
        return EXIT_REFUSED
    except StoreError as exc:
        _report(str(exc).splitlines(), sys.stderr)
        return EXIT_REJECTED
    except sqlite3.OperationalError as exc:
        # A read while another program writes the file waits, then gives up: refused.
        if "locked" not in str(exc) and "busy" not in str(exc):
            return _bug(exc)
        _report(["the file is in use by another program; try again"], sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: no traceback reaches users
        return _bug(exc)


def _bug(exc: Exception) -> int:
    if os.environ.get("SLAWORKSHOP_DEBUG"):
        import traceback

        traceback.print_exc()
    _report([f"internal error ({type(exc).__name__}: {exc}); this is a bug, please report "
             "it (set SLAWORKSHOP_DEBUG=1 for details)"], sys.stderr)
    return EXIT_BUG
