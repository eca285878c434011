import os

from yelpapi import YelpAPI
from weatherkit import Client

yelp = YelpAPI("wt8KfebaDrZ0_2yFcB6yhwA7qoxd5Y_1B1ud5HmkYNHiiBjiYSmbPvFUWVNFw5hF2YRq")  # tfl-eval: hardcoded-credential
forecast = Client("PtCdgvxGZd2RzuJzYIs0rEBE4NdwDwg1wX7VSuhL")  # tfl-eval: hardcoded-credential
env_forecast = Client(os.environ["WEATHER_KEY"])  # tfl-eval-not: hardcoded-credential
local = Client("http://localhost:8080")  # tfl-eval-not: hardcoded-credential
named = Client("places-bot")  # tfl-eval-not: hardcoded-credential
