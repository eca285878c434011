from .cache import TileCache
from .config import Settings

__all__ = ["TileCache", "Settings"]
__version__ = "0.9.2"
