/** "Niños y niñas fuera de la escuela" → "ninos-y-ninas-fuera-de-la-escuela" */
export function slugify(texto: string): string {
  return (
    texto
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/, "") || "desafio"
  );
}
