import itertools


class Recipe:
    recipes = []  # tfl-eval: memory-session-store
    _ids = itertools.count(1)

    def __init__(self, title, steps):
        self.id = next(Recipe._ids)
        self.title = title
        self.steps = steps

    def save(self):
        Recipe.recipes.append(self)

    @classmethod
    def all(cls):
        return list(cls.recipes)

    @classmethod
    def find(cls, recipe_id):
        return next((r for r in cls.recipes if r.id == recipe_id), None)


class Unit:
    # Filled once at import; views only read it.
    units = {}  # tfl-eval-not: memory-session-store
    for code, label in (("g", "gram"), ("ml", "millilitre"), ("pc", "piece")):
        units[code] = label

    @classmethod
    def choices(cls):
        return sorted(cls.units.items())
