"""Rendering commands of the command line that need Qt (documents, reports, workbooks)."""
