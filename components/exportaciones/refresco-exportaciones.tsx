"use client";

// While some export is queued or being generated, the page asks the server again every few seconds
// (router.refresh re-renders the server component: new progress, and the download link once it is ready),
// and stops as soon as none is. Nothing is shown: the progress bars themselves carry the values.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export const INTERVALO_REFRESCO_MS = 2000;

export function RefrescoExportaciones({ activo }: { activo: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!activo) return;
    const t = setInterval(() => router.refresh(), INTERVALO_REFRESCO_MS);
    return () => clearInterval(t);
  }, [activo, router]);
  return null;
}
