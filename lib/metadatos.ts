// The portal's default Open Graph picture (public/og.png). A page that sets its own `openGraph` replaces
// the layout's whole block in Next's metadata merge, so it repeats `images: [IMAGEN_OG]`.
export const IMAGEN_OG = {
  url: "/og.png",
  width: 1200,
  height: 630,
  alt: "Fondo IDEA, FOSIS: innovación social para superar la pobreza y la vulnerabilidad en Chile.",
};
