import type { Page } from "playwright-core";

/** Picks a path end in the Paths panel by typing in its search box and choosing the suggestion named `name`. */
export async function pickPathEnd(
  page: Page,
  end: "From" | "To",
  typed: string,
  name: string,
): Promise<void> {
  await page.getByRole("combobox", { name: `Path ${end.toLowerCase()}` }).fill(typed);
  await page
    .getByRole("list", { name: `${end} suggestions` })
    .getByRole("button", { name, exact: true })
    .click();
}
