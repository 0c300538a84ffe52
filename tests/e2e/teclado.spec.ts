// Keyboard: the first Tab reaches the skip link, and following it puts focus on the main content.
import { expect, test } from "./fixtures";

test("el primer Tab enfoca «Saltar al contenido» y activarlo mueve el foco a main", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const salto = page.getByRole("link", { name: "Saltar al contenido" });
  await expect(salto).toBeFocused();
  await expect(salto).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await expect(page).toHaveURL(/#contenido$/);
});
