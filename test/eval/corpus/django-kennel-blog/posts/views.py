from django.shortcuts import render

PAGE_TITLE = "Forgot Your Password Again"


def index(request):
    return render(request, "posts/index.html", {"title": PAGE_TITLE})
