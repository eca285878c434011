import { Client as NotionClient } from '@notionhq/client'
import Airtable from 'airtable'
import { DocRaptor } from './docraptor'

const notion = new NotionClient({ auth: 'secret_iuetZR5KjcuzqJSzV9kudk6OTVOWXU79leYfkmWE0rP' }) // tfl-eval: hardcoded-credential

const base = new Airtable({ apiKey: 'patJyomh3nWz4jBha.09da8fdc5eaa8523e86f30a7983b214bb7dfa6b3c9e198529840512d259b51ed' }).base('appX95qd3rWB9BDhH') // tfl-eval: hardcoded-credential

const docraptor = new DocRaptor({
  apiKey: process.env.DOCRAPTOR_API_KEY ?? 'YOUR_API_KEY_HERE', // tfl-eval-not: hardcoded-credential
  testMode: process.env.NODE_ENV !== 'production',
})

export const renderInvoice = async (invoiceId: string) => {
  const record = await base('Invoices').find(invoiceId)
  const page = await notion.pages.retrieve({ page_id: record.get('notionPage') as string })
  return docraptor.createDoc({ document_content: JSON.stringify(page), type: 'pdf' })
}
