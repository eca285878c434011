from django.http import JsonResponse

from .models import Permit


def permit_list(request):
    return JsonResponse({"permits": list(Permit.objects.values("number", "holder"))})
