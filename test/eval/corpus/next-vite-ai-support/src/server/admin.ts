import { instrument } from "@socket.io/admin-ui";
import type { Server } from "socket.io";

export function adminUi(io: Server) {
  instrument(io, {
    auth: {
      type: "basic",
      username: "admin",
      password: "$2b$10$aIGBfi2Sb3tURKE3iMUW0XLoTT7v5fJ5va/0xQCwDZlYXwb.sVtSy",  // tfl-eval-not: hardcoded-credential
    },
  });
}
