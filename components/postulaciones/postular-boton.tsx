"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { crearBorradorAction } from "@/lib/postulaciones/server-actions";

export function PostularBoton({ desafioId }: { desafioId: string }) {
  const router = useRouter();
  const [r, setR] = useState<ActionResult | null>(null);
  const [pendiente, start] = useTransition();
  return (
    <div>
      <ActionMessage state={r && !r.ok ? r : null} />
      <Button
        type="button"
        disabled={pendiente}
        onClick={() =>
          start(async () => {
            const res = await crearBorradorAction(null, { desafioId });
            setR(res);
            if (res.ok) router.push(`/postulante/perfiles/${res.data.id}`);
          })
        }
      >
        {pendiente ? "Abriendo…" : "Postular a este desafío"}
      </Button>
    </div>
  );
}
