export default async (page) => {
  await page.getByLabel('English title').fill('Half typed');
  await page.getByRole('banner').getByRole('link', { name: 'Library' }).click().catch(async () => {
    await page.evaluate(() => (location.hash = '#/library'));
  });
  await page.waitForTimeout(300);
};
