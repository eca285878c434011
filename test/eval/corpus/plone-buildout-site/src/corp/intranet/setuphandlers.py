from plone import api

DEFAULT_GROUPS = ("Editors", "Reviewers")
PASSWORD_POLICY_TITLE = "Password must be at least 12 characters"  # tfl-eval-not: hardcoded-credential


def post_install(context):
    """Creates the groups the intranet workflow routes content to."""
    for group in DEFAULT_GROUPS:
        if api.group.get(groupname=group) is None:
            api.group.create(groupname=group, title=group)
