import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TableName = process.env.NOTES_TABLE;

export async function putNote(owner: string, note: { text: string }) {
  const item = { owner, id: crypto.randomUUID(), text: note.text };
  await client.send(new PutCommand({ TableName, Item: item }));
  return item;
}

export async function listNotes(owner: string) {
  const result = await client.send(new QueryCommand({ TableName, KeyConditionExpression: "owner = :o", ExpressionAttributeValues: { ":o": owner } }));
  return result.Items ?? [];
}
