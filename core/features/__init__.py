"""The use cases, one module a feature: each a function of a `core.turn.Turn`."""
