"""Thin Qt item models over the core's objects."""
