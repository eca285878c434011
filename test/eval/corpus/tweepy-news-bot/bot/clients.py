import os

import praw
import tweepy
from slack_sdk import WebClient

twitter = tweepy.Client(
    bearer_token=os.environ.get("TWITTER_BEARER_TOKEN"),  # tfl-eval-not: hardcoded-credential
    consumer_key="xK2mQ9vL4tR7wN1pZ3cF6hJ0d",
    consumer_secret="4cgUYTJ2T24esqHG6ddPLuiKkMqP2QhIZrh8UlbloSoI7plMFT",  # tfl-eval: hardcoded-credential
    access_token="1849203746501928374-NjWSIC6cb3dnljpTKLr2wFgSgK1WmD",  # tfl-eval: hardcoded-credential
    access_token_secret="G24PPrLrWeoaLNq8Pq0obAXPa0sY7B3qLSGAOVvyc7aJC",  # tfl-eval: hardcoded-credential
)

reddit = praw.Reddit(
    client_id="q7Lm2Xc9Tn5Wp8",
    client_secret="Zrh8UlbloSoI7plMFTVaDeHgicRcb5",  # tfl-eval: hardcoded-credential
    user_agent="news-bot/1.2 by u/newsdesk",
    username="newsdesk-bot",
    password="8fdWNR!ftW73#37dL",  # tfl-eval: hardcoded-credential
)

slack = WebClient(token="xoxb-762483318241-9350224015700-xX4LSAPVmoZOi9gYjX0pnWtY")  # tfl-eval: hardcoded-credential
