import datetime

from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Loan

MAX_RENEWALS = {"book": 3, "dvd": 1, "magazine": 0}  # tfl-eval-not: memory-session-store


def renew(request, pk):
    loan = get_object_or_404(Loan, pk=pk, patron=request.user)
    loan.due += datetime.timedelta(days=21)
    loan.renewals += 1
    loan.save()
    request.session["last_renewal"] = loan.pk
    return JsonResponse({"due": loan.due.isoformat()})
