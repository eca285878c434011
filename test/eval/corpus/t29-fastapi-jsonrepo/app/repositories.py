import os
import tempfile
from pathlib import Path

from .storage import JsonRepository

DATA = Path(__file__).resolve().parent.parent / "data"

orders = JsonRepository(DATA / "orders.json")  # tfl-eval: memory-session-store
carts = JsonRepository("carts.json")  # tfl-eval: memory-session-store
# Exchange rates: fetched again when the temporary copy is gone.
rates = JsonRepository(os.path.join(tempfile.gettempdir(), "fx-rates.json"))  # tfl-eval-not: memory-session-store
# Invoices go to the shared volume the deploy mounts.
invoices = JsonRepository(os.path.join(os.environ["INVOICE_DIR"], "invoices.json"))  # tfl-eval-not: memory-session-store
