"""Signing an agreement: the signing dialog and pad, verifying and comparing revisions."""
