from errbot import BotPlugin, botcmd, arg_botcmd
from jira import JIRA


class JiraTickets(BotPlugin):
    """Create and look up Jira tickets from chat."""

    def get_configuration_template(self):
        return {
            'server': 'https://your-site.atlassian.net',
            'username': 'bot@example.com',
            'api_token': 'changeme',  # tfl-eval-not: hardcoded-credential
        }

    def activate(self):
        super().activate()
        self.jira = JIRA(
            server='https://northwind-ops.atlassian.net',
            basic_auth=('errbot@northwind-ops.io', 'ATATT3xFfGF08CewsJ18Zh5G9UU-_iKAEDyTE5UJWB9ws1gytMYGWSoBd-YRCVsX5bfgJBFbltmE-0LMhY4aXCeLTm1vizY9ThYCq0uClZQA1hIsIeyM_u0dRjbcXxhHhQAalCG2Z5RhEw-wY0ONnWG_4lvRTguSDae2o6CnCqWZRKzbF8EDtjU0MIT6gUgq=540c5ae4'),  # tfl-eval: hardcoded-credential
        )

    @arg_botcmd('summary', type=str, nargs='+')
    def ticket(self, msg, summary):
        issue = self.jira.create_issue(project='OPS', summary=' '.join(summary), issuetype={'name': 'Task'})
        return f'Created {issue.key}'

    @botcmd
    def whoami(self, msg, args):
        return self.jira.myself()['displayName']
