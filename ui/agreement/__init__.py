"""The agreements in the workshop file: the list to pick one from."""
