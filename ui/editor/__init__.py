"""The record editors: instruments and meetings, and the panels of their tabs."""
