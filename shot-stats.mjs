export default async (page) => {
  await page.getByLabel('Show').selectOption({ label: '2025 in review' });
  await page.waitForTimeout(500);
};
