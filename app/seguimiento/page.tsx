import { redirect } from "next/navigation";
import { requireVista } from "@/lib/auth/guard";

export default async function Seguimiento() {
  // Everyone who may open some screen of the area may open this one (lib/auth/permissions.ts VISTAS).
  await requireVista("postulaciones", "/seguimiento");
  redirect("/seguimiento/postulaciones");
}
