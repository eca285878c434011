from django.db import connection
from django.http import JsonResponse

# Profile kinds by id: one table, read once per request, the same for everyone.
profile_kinds = {}  # tfl-eval-not: memory-session-store
# The last cart each visitor looked at, by their session key: this process's memory.
carts = {}  # tfl-eval: memory-session-store


def kinds(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, label FROM profile_kind")
        profile_kinds.update(cursor.fetchall())
    return JsonResponse(profile_kinds)


def cart(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT sku, qty FROM cart_line WHERE session_key = %s", [request.session.session_key])
        carts.update({request.session.session_key: cursor.fetchall()})
    return JsonResponse({"lines": carts[request.session.session_key]})
