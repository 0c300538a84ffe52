"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the poster's page prints on one A4 sheet). */
export function Imprimir() {
  return (
    <Button type="button" onClick={() => window.print()}>
      Imprimir afiche
    </Button>
  );
}
