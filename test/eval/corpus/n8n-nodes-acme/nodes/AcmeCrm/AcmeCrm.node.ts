import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow'

// Partner key identifying this integration to Acme's API gateway (rate-limit tier "partner").
const PARTNER_KEY = 'acme_live_B0rCaYRIOWsc5DVghtnuPuko3PR8xeoT' // tfl-eval: hardcoded-credential

export class AcmeCrm implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Acme CRM',
    name: 'acmeCrm',
    icon: 'file:acme.svg',
    group: ['transform'],
    version: 1,
    description: 'Create and update contacts in Acme CRM',
    defaults: { name: 'Acme CRM' },
    inputs: ['main'],
    outputs: ['main'],
    credentials: [{ name: 'acmeCrmApi', required: true }],
    properties: [
      { displayName: 'Email', name: 'email', type: 'string', default: '' },
      { displayName: 'Token Field', name: 'tokenField', type: 'string', default: 'session_token' }, // tfl-eval-not: hardcoded-credential
    ],
  }

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData()
    const out: INodeExecutionData[] = []
    for (let i = 0; i < items.length; i++) {
      const email = this.getNodeParameter('email', i) as string
      const response = await this.helpers.httpRequestWithAuthentication.call(this, 'acmeCrmApi', {
        method: 'POST',
        url: 'https://api.acme-crm.io/v2/contacts',
        headers: { 'X-Partner-Key': PARTNER_KEY },
        body: { email },
        json: true,
      })
      out.push({ json: response })
    }
    return [out]
  }
}
