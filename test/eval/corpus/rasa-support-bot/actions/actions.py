from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

ZENDESK_URL = "https://acmeappliances.zendesk.com/api/v2/tickets.json"
ZENDESK_EMAIL = "care-bot@acme-appliances.com"
ZENDESK_TOKEN = "Z6bdFITSaLZyPV8Nuw6fk89itQAGa5ZzdrnmXntQ"  # tfl-eval: hardcoded-credential


class ActionOpenTicket(Action):
    def name(self) -> Text:
        return "action_open_ticket"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        summary = tracker.latest_message.get("text")
        response = requests.post(
            ZENDESK_URL,
            auth=(f"{ZENDESK_EMAIL}/token", ZENDESK_TOKEN),
            json={"ticket": {"subject": "Chat bot ticket", "comment": {"body": summary}}},
            timeout=10,
        )
        response.raise_for_status()
        dispatcher.utter_message(text=f"Ticket #{response.json()['ticket']['id']} is open.")
        return []


class ValidatePasswordResetForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_password_reset_form"

    def validate_new_password(self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if len(slot_value) < 10:
            dispatcher.utter_message(response="utter_password_too_short")  # tfl-eval-not: hardcoded-credential
            return {"new_password": None}
        return {"new_password": slot_value}
