"use server";
// Server actions of the scouting feature, bound to Next's session.
import { serverAction } from "@/lib/actions/next";
import { invitar } from "./actions/invitar";

export const invitarAction = serverAction(invitar);
