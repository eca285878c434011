"""Product analytics: PostHog events from the API."""
from posthog import Posthog

# Project API keys (phc_) are write-only and ship in the web app too.
posthog = Posthog(
    project_api_key="phc_ZCZYEIFpudGLCMFLhi4fggN8dozMlOq18f9RfF1A46t",  # tfl-eval-not: hardcoded-credential
    host="https://eu.posthog.com",
    # The personal API key reads every event and person: only feature-flag polling needs it.
    personal_api_key="phx_vUqmeQYTjYxQLGYC0NtxxVWalQe2kdE26S0pwlQGfeo",  # tfl-eval: hardcoded-credential
)


def track_signup(user_id: str, plan: str) -> None:
    posthog.capture(user_id, "signed_up", {"plan": plan})
