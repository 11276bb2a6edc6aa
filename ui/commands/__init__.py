"""Rendering commands of the command line that need Qt (documents, reports, workbooks).

``COMMANDS``: the module of this package that registers each subcommand (see
``slaworkshop.commands``).
"""

COMMANDS: dict[str, str] = {
    "export-agreement": "documents",
    "template": "excel_export",
    "export-actuals": "excel_export",
    "report": "report",
}
