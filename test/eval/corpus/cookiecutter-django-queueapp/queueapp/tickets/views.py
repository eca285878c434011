from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Ticket

# Counter windows and their names on the display board; constant.
WINDOWS = {1: "Window A", 2: "Window B", 3: "Window C"}  # tfl-eval-not: memory-session-store


@require_POST
def take_ticket(request):
    ticket = Ticket.objects.create(service=request.POST["service"])
    request.session["ticket_id"] = ticket.pk
    return JsonResponse({"number": ticket.number, "window": WINDOWS.get(ticket.window_id)})
