from bot.clients import reddit, slack, twitter

MAX_LEN = 280
TOKEN_SEPARATOR = " | "  # tfl-eval-not: hardcoded-credential


def publish(headline: str, url: str) -> None:
    text = f"{headline}{TOKEN_SEPARATOR}{url}"[:MAX_LEN]
    twitter.create_tweet(text=text)
    reddit.subreddit("worldnews_digest").submit(headline, url=url)
    slack.chat_postMessage(channel="#newsdesk", text=text)
