"use server";
import { serverAction } from "@/lib/actions/next";
import { decidirAdmisibilidad } from "./actions/decidir";

export const decidirAdmisibilidadAction = serverAction(decidirAdmisibilidad);
