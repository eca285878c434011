from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ValidatePasswordResetForm


def make_tracker(slots):
    return Tracker("default", slots, {}, [], False, None, {}, "action_listen")


def test_short_password_is_rejected():
    dispatcher = CollectingDispatcher()
    result = ValidatePasswordResetForm().validate_new_password("hunter22", dispatcher, make_tracker({}), {})  # tfl-eval-not: hardcoded-credential
    assert result == {"new_password": None}


def test_long_password_is_kept():
    dispatcher = CollectingDispatcher()
    password = "correct-horse-battery"  # tfl-eval-not: hardcoded-credential
    result = ValidatePasswordResetForm().validate_new_password(password, dispatcher, make_tracker({}), {})
    assert result == {"new_password": password}
