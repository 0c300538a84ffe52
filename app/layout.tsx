import type { Metadata, Viewport } from "next";
import { IMAGEN_OG } from "@/lib/metadatos";
import "@fontsource/roboto/400.css";
import "@fontsource/roboto/500.css";
import "@fontsource/roboto/700.css";
import "@fontsource/roboto-slab/400.css";
import "@fontsource/roboto-slab/700.css";
import "./globals.css";
import { Header } from "@/components/layout/header";
import { Footer } from "@/components/layout/footer";
import { urlPortal } from "@/lib/config/url-portal";

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
    <html lang="es-CL">
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
