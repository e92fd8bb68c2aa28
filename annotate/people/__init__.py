"""The people layer: every person a story names, with title, country and all mentions."""
