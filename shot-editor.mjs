export default async (page) => {
  await page.getByRole('textbox', { name: 'Closing', exact: true }).first().focus().catch(() => {});
  await page.waitForTimeout(900);
};
