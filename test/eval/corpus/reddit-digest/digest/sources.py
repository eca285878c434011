import praw
import tweepy
from github import Github
from elasticsearch import Elasticsearch

reddit = praw.Reddit(
    client_id="NqGbdFkWLf-CU6wfTPw",  # tfl-eval-not: hardcoded-credential
    client_secret="gU4GFoZJZ92AjD0h7lARFnmWBIcJFZ9iQ2L9",  # tfl-eval: hardcoded-credential
    user_agent="digest-bot/1.2 by u/acme_digest",
    username="acme_digest",
    password="lpezq993%MAU8ltq",  # tfl-eval: hardcoded-credential
)

twitter = tweepy.Client(bearer_token="AAAAAAAAAAAAAAAAAAAAAQbiGlCCCXeK7L049tB8xL6%3DAJtGq1edGuYDlVuEPf8YNzF7jCgtky8OTrH0R3BK2RkGDUMxcI")  # tfl-eval: hardcoded-credential

gh = Github("ghp_sYwwvuNT6iUj0CnW4Weu9U95TSuBPxnnUd5I")  # tfl-eval: hardcoded-credential

es = Elasticsearch(
    cloud_id="digest:ZXUtd2VzdC0xLmF3cy5mb3VuZC5pbyQF1qpEFhIFYLD9PU4ubmp6t5wWGD8q9BNXXY7zccr",
    api_key=("fzIeaPwmW9xm1KVvA_Px", "AcVT9m-oXccqwSaykeCzig"),  # tfl-eval: hardcoded-credential
)


def top_posts(subreddit: str, limit: int = 20):
    return [post.title for post in reddit.subreddit(subreddit).hot(limit=limit)]
