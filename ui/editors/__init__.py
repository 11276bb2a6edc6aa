"""One editor widget per part of an agreement; every change goes through the session."""
