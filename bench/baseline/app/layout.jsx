export const metadata = { title: "Página estática de referencia" };

export default function Layout({ children }) {
  return (
    <html lang="es-CL">
      <body>{children}</body>
    </html>
  );
}
