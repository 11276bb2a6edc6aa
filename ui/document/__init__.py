"""The agreement as a document: content, PDF (Qt) and DOCX (python-docx), funnel picture."""
