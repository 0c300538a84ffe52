import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { IMAGEN_OG } from "@/lib/metadatos";
import "./globals.css";
import { Header } from "@/components/layout/header";
import { Footer } from "@/components/layout/footer";
import { urlPortal } from "@/lib/config/url-portal";

// Roboto and Roboto Slab from @fontsource's files (latin subset: every Spanish character) through
// next/font, neither preloaded nor swapped in (display "optional"): a page paints at once with the
// fallback face (resized to Roboto's metrics; on Android, the system font is Roboto itself) and uses the
// web fonts when they are already cached, from the next page on. Preloaded, the five files (94 KB) took
// the slow phone connection's bandwidth ahead of the page and pushed its largest paint to about 3 s;
// swapped in late, the text moved (Lighthouse, scripts/lighthouse.mjs: layout shift 0.29). With
// "optional", largest paint 1.7–2.5 s and no shift. docs/decisions/0010.
const roboto = localFont({
  src: [
    { path: "../node_modules/@fontsource/roboto/files/roboto-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/roboto/files/roboto-latin-500-normal.woff2", weight: "500", style: "normal" },
    { path: "../node_modules/@fontsource/roboto/files/roboto-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--fuente-roboto",
  display: "optional",
  preload: false,
  adjustFontFallback: "Arial",
});
const robotoSlab = localFont({
  src: [
    { path: "../node_modules/@fontsource/roboto-slab/files/roboto-slab-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/roboto-slab/files/roboto-slab-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--fuente-roboto-slab",
  display: "optional",
  preload: false,
  adjustFontFallback: "Times New Roman",
});

const DESCRIPCION = "Fondo IDEA de FOSIS: innovación abierta para superar la pobreza y la vulnerabilidad en Chile.";

// Static files in public/: the default Open Graph image (1200×630), the web manifest and its icons
// (robots.txt is served as is). A page that sets its own `openGraph` replaces this one whole: it must
// repeat `images` to keep the picture.

export const metadata: Metadata = {
  // Absolute addresses for the Open Graph image: the portal's public address (APP_URL).
  metadataBase: new URL(urlPortal()),
  title: { default: "Fondo IDEA · FOSIS", template: "%s · Fondo IDEA" },
  description: DESCRIPCION,
  manifest: "/manifest.webmanifest",
  openGraph: { type: "website", locale: "es_CL", siteName: "Fondo IDEA · FOSIS", description: DESCRIPCION, images: [IMAGEN_OG] },
  twitter: { card: "summary_large_image", images: [IMAGEN_OG] },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0a132d" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="es-CL" className={`${roboto.variable} ${robotoSlab.variable}`}>
      <body className="flex min-h-screen flex-col">
        <a href="#contenido" className="skip-link">
          Saltar al contenido
        </a>
        <Header />
        <main id="contenido" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}
