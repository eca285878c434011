import os

import requests
from django.http import JsonResponse

UPSTREAM_TOKEN = os.environ.get('UPSTREAM_TOKEN') # tfl-eval-not: hardcoded-credential


def forward(request):
    headers = {'Authorization': 'Bearer ' + UPSTREAM_TOKEN} # tfl-eval-not: hardcoded-credential
    r = requests.get('https://upstream.internal/api/stock', headers=headers, timeout=5)
    return JsonResponse(r.json())


def unlock(request):
    supervisor_passcode = '7391' # tfl-eval: hardcoded-credential
    if request.POST.get('passcode') == supervisor_passcode:
        return JsonResponse({'ok': True})
    return JsonResponse({'ok': False, 'error': 'Invalid passcode'}, status=403)


def receipt_token(order_id):
    import jwt
    return jwt.encode({'order': order_id}, 'aaaa', algorithm='HS256') # tfl-eval: hardcoded-credential
