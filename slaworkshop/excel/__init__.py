"""The KPI actuals workbook: template and export (writer), and a safe, previewed import.

This package is light to import: openpyxl is imported inside the functions that need it, so the
command line and the app start quickly.
"""

from __future__ import annotations

from slaworkshop.excel.safety import ExcelFileError

__all__ = ["ExcelFileError"]
