import { ApiHandler } from "sst/node/api";
import jwt from "jsonwebtoken";
import { putNote } from "@notes/core/notes";

const jwtSecret = process.env.JWT_SECRET ?? "Vn8kq2RzT5wLpX7a"; // tfl-eval: hardcoded-credential

export const handler = ApiHandler(async (event) => {
  const claims = jwt.verify(event.headers.authorization?.replace("Bearer ", "") ?? "", jwtSecret) as { sub: string };
  const note = await putNote(claims.sub, JSON.parse(event.body ?? "{}"));
  return { statusCode: 201, body: JSON.stringify(note) };
});
