import { CosmosClient } from '@azure/cosmos';

// the account the order history lives in
export const cosmosConfig = {
  endpoint: 'https://orders-history.documents.azure.com:443/',
  accountName: 'orders-history',
  key: 'xrIpJLH8ajYtxjviRK/vOERN/FTDYgiGphwhcH/UQIIbKN4mseUSstR1blBQn81dueGh69+ANQDSJahl4J2qZA==', // tfl-eval: hardcoded-credential
  databaseId: 'orders',
  containerId: 'history',
  partitionKey: { kind: 'Hash', paths: ['/customerId'] }, // tfl-eval-not: hardcoded-credential
};

export const cosmos = new CosmosClient({ endpoint: cosmosConfig.endpoint, key: cosmosConfig.key });
