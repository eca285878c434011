import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow'

export class AcmeCrmApi implements ICredentialType {
  name = 'acmeCrmApi'
  displayName = 'Acme CRM API'
  documentationUrl = 'https://docs.acme-crm.io/api/authentication'

  properties: INodeProperties[] = [
    {
      displayName: 'API Key',
      name: 'apiKey',
      type: 'string',
      typeOptions: { password: true },
      default: '', // tfl-eval-not: hardcoded-credential
    },
    {
      displayName: 'Password',
      name: 'password', // tfl-eval-not: hardcoded-credential
      type: 'string',
      typeOptions: { password: true },
      default: '',
      description: 'Only needed for the legacy v1 API',
    },
    {
      displayName: 'Domain',
      name: 'domain',
      type: 'string',
      default: 'https://api.acme-crm.io',
    },
  ]

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } }, // tfl-eval-not: hardcoded-credential
  }

  test: ICredentialTestRequest = {
    request: { baseURL: '={{$credentials.domain}}', url: '/v2/me' },
  }
}
