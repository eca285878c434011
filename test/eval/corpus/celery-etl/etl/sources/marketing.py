import os

import openai
import stripe
import tweepy

openai.api_key = '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'  # tfl-eval: hardcoded-credential
stripe.api_key = os.environ['STRIPE_API_KEY']  # tfl-eval-not: hardcoded-credential

TWITTER_CONSUMER_KEY = 'x7Kp2mQ9vL4nR8sT1wY6zB3cD'
TWITTER_CONSUMER_SECRET = 'oRh8RsYj8RVdQQwgkHXSgAx4ui7e2KUaTnx6pa0UVJlkKI3LbD'  # tfl-eval: hardcoded-credential
ACCESS_TOKEN_SECRET_NAME = 'twitter/access-token-secret'  # tfl-eval-not: hardcoded-credential


def twitter_api(access_token, access_token_secret):
    auth = tweepy.OAuthHandler(TWITTER_CONSUMER_KEY, TWITTER_CONSUMER_SECRET)
    auth.set_access_token(access_token, access_token_secret)
    return tweepy.API(auth)


def summarise(text, model='gpt-4o-mini', max_tokens=256):  # tfl-eval-not: hardcoded-credential
    return openai.chat.completions.create(model=model, max_tokens=max_tokens, messages=[{'role': 'user', 'content': text}])
