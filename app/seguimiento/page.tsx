import { redirect } from "next/navigation";
import { requireVista } from "@/lib/auth/guard";

export default async function Seguimiento() {
  await requireVista("seguimiento", "/seguimiento");
  redirect("/seguimiento/postulaciones");
}
