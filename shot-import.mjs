import { readFileSync } from 'node:fs';
export default async (page) => {
  await page.getByRole('button', { name: 'Paste a review…' }).click();
  const text = readFileSync('/work/shared/fixtures/soundtrack-2.txt', 'utf8').replace('Grade: B+', 'Grade: A-').replace(/^One thing/m, 'Another thing');
  await page.getByLabel('Review text').fill(text);
  await page.waitForTimeout(600);
};
