import { PrismaClient } from "@prisma/client";
import { NextResponse } from "next/server";
import { getSession } from "@/lib/session";

const prisma = new PrismaClient();

export async function GET() {
  const session = await getSession();
  const contacts = await prisma.contact.findMany({ where: { teamId: session.teamId }, take: 50 });
  return NextResponse.json(contacts);
}
