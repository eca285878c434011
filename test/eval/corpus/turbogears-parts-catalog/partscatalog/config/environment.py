"""WSGI environment setup for partscatalog."""
from partscatalog.config.app_cfg import base_config

__all__ = ['load_environment']

load_environment = base_config.make_load_environment()
