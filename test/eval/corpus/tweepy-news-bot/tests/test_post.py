from unittest import mock

from bot import post


def test_publish_truncates():
    with mock.patch.object(post, "twitter") as tw, mock.patch.object(post, "reddit"), mock.patch.object(post, "slack"):
        post.publish("x" * 400, "https://example.com")
        assert len(tw.create_tweet.call_args.kwargs["text"]) == 280
