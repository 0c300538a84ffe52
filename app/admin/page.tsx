import { redirect } from "next/navigation";
import { requireVista } from "@/lib/auth/guard";

export default async function Admin() {
  await requireVista("admin", "/admin");
  redirect("/admin/convocatoria");
}
