import json
import sys

# One-off: copy the notes out for a support request.
with open("app/data/notes.json") as src:
    notes = json.load(src)
with open("export.json", "w") as out:  # tfl-eval-not: memory-session-store
    json.dump([n for n in notes if n["owner"] == sys.argv[1]], out)
