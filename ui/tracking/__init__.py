"""Keeping the agreement: actuals against targets, the monthly report, re-benchmarking."""
