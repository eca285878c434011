from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.hashers import make_password
from django.shortcuts import redirect, render


@login_required
def change_password(request):
    form = SetPasswordForm(request.user, request.POST or None)
    if form.is_valid():
        request.user.set_password(form.cleaned_data["new_password1"])  # tfl-eval-not: hardcoded-credential
        request.user.save()
        return redirect("queue:board")
    return render(request, "accounts/change_password.html", {"form": form, "help": "Choose a new password"})


def disable_login(user):
    # An unusable password: the account can only sign in through the clinic's SSO.
    user.password = make_password(None)  # tfl-eval-not: hardcoded-credential
    user.save(update_fields=["password"])
