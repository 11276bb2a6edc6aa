"""The command line's subcommands (see ``slaworkshop.cli``).

``COMMANDS`` names the module of this package that registers each subcommand, so that a
command line naming one imports that module alone (a test checks the table against what the
modules register).
"""

COMMANDS: dict[str, str] = {
    "plan": "core",
    "new": "core",
    "demo": "core",
    "list": "core",
    "show": "core",
    "import-actuals": "excel",
    "sign": "signing",
    "verify": "signing",
    "revise": "tracking",
}
