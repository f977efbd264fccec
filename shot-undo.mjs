export default async (page) => {
  const form = page.getByRole('form', { name: 'Add a cast member' });
  await form.getByLabel('Actor').fill('Choi E Jun Long Name');
  await form.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('button', { name: 'Remove Choi E Jun Long Name from the cast' }).click();
  await page.waitForTimeout(500);
};
