"""Container entry: starts the bidding API."""
import os

import uvicorn

if __name__ == "__main__":
    uvicorn.run(  # tfl-eval: runtime-build-step
        "app.main:app",
        host="0.0.0.0",
        port=int(os.environ.get("PORT", "8000")),
        reload=True,
    )
