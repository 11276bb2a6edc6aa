"""The plan on screen: the live funnel, the monthly chart and table, presenter mode."""
