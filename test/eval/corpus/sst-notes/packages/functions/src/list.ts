import { ApiHandler } from "sst/node/api";
import { listNotes } from "@notes/core/notes";

export const handler = ApiHandler(async (event) => {
  const notes = await listNotes(event.requestContext.authorizer?.jwt?.claims.sub as string);
  return { statusCode: 200, body: JSON.stringify(notes) };
});
