"""Adapters: they translate platform events into core events and render replies back."""
