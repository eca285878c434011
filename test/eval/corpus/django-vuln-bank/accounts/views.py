from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

WRONG_PASSWORD = _("The password you entered is incorrect.")
RESET_PASSWORD_HINT = _("Forgot your password? Ask the teller to reset it.")


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is None:
            return render(request, "accounts/login.html", {"error": WRONG_PASSWORD, "hint": RESET_PASSWORD_HINT})
        login(request, user)
        return redirect("dashboard")
    return render(request, "accounts/login.html")
