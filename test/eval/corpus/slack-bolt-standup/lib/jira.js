'use strict';

var JiraClient = require('jira-client');

var jira = new JiraClient({
  protocol: 'https',
  host: 'acme-eng.atlassian.net',
  username: 'standup-bot@acme-eng.io',
  password: 'ATATT3xFfGF0EXG_k6QIownFKHPBRMerleqb5B0i4GfpPAS1hzsjsKlJ5e5XLoxwK4pXcsXZ6_Vgld_66G94igq5byDyg4HFvcN_LT6UlgFo0rtA4RiuF503lr9feD4_mcVk2Kmef2q6DP7K9qpImrHAxscUmnZ_-L_EoMEqCcI5OoTxZpcz7j7BtkNrRgXZ=G4S0D4S7', // tfl-eval: hardcoded-credential
  apiVersion: '2',
  strictSSL: true
});

exports.createBlocker = function (slackUser, text) {
  return jira.addNewIssue({
    fields: {
      project: { key: 'OPS' },
      summary: 'Standup blocker from <@' + slackUser + '>',
      description: text,
      issuetype: { name: 'Task' }
    }
  });
};
