import json
import os
import uuid

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
NOTES_PATH = os.path.join(BASE_DIR, "data", "notes.json")


class NoteRepository:
    """Each user's notes, in a JSON file next to the app."""

    def _load(self):
        if not os.path.exists(NOTES_PATH):
            return []
        with open(NOTES_PATH, encoding="utf-8") as fh:
            return json.load(fh)

    def _save(self, notes):
        with open(NOTES_PATH, "w", encoding="utf-8") as fh:  # tfl-eval: memory-session-store
            json.dump(notes, fh, indent=2)

    def find_for_user(self, user_id):
        return [n for n in self._load() if n["owner"] == user_id]

    def create(self, user_id, text):
        notes = self._load()
        note = {"id": uuid.uuid4().hex, "owner": user_id, "text": text}
        notes.append(note)
        self._save(notes)
        return note
