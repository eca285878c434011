from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

# Opening hours per weekday: a constant table.
OPENING_HOURS = {0: "08-18", 1: "08-18", 2: "08-18", 3: "08-20", 4: "08-16"}


@login_required
def book(request, slot_id):
    request.session["last_slot"] = slot_id
    return JsonResponse({"slot": slot_id, "hours": OPENING_HOURS.get(0)})
