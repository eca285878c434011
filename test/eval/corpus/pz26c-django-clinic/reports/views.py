from django.conf import settings
from django.http import JsonResponse

from .exporter import Exporter


def export(request):
    exporter = Exporter(settings.EXPORT_BUCKET)
    if settings.DEBUG:
        exporter.login("reports", "harbor-lights")  # tfl-eval-not: hardcoded-credential
    return JsonResponse(exporter.summary())
