import googlemaps
import praw
import pyotp
import spotipy
from spotipy.oauth2 import SpotifyClientCredentials

gmaps = googlemaps.Client(key="AIzaThK80o3qkBORpBTqPkr4i5b0vpNsVTSG7Nc")  # tfl-eval: hardcoded-credential

reddit = praw.Reddit(
    client_id="mIzNB3krC003DW",
    client_secret="4v29Vxn1jQm9JTB1z4Se98O1OgMN5m",  # tfl-eval: hardcoded-credential
    user_agent="payments-hub/1.0 by u/acme_ops",
    username="acme_ops",
    password="ZVFU73!BPfX22H",  # tfl-eval: hardcoded-credential
)

spotify = spotipy.Spotify(auth_manager=SpotifyClientCredentials("b27ae4339787e92eeec5046b36b181ec", "44bb28f274109402933363fb4185cfa4"))  # tfl-eval: hardcoded-credential

# Second factor for the admin console's break-glass account.
ADMIN_TOTP = pyotp.TOTP("GMOXXVVDU2TQZQBGDLWVF7U7W5SHL4OX")  # tfl-eval: hardcoded-credential


def verify_admin_code(code: str) -> bool:
    return ADMIN_TOTP.verify(code)
