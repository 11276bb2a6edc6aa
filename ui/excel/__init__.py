"""Workbooks in and out: importing a month of actuals, the template and the export."""
