#!/usr/bin/env python
"""CLI to manage queries."""
from queries.cli import manager

if __name__ == "__main__":
    manager()
