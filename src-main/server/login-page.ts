/** The password page for a server reachable beyond this machine. No script; its one form posts to /login. */
export function loginPage(problem: string | null): string {
  const escaped = problem?.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Dramalog: sign in</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 22rem; margin: 15vh auto; padding: 0 1rem; }
label, input, button { display: block; width: 100%; box-sizing: border-box; font: inherit; }
input { margin: .25rem 0 1rem; padding: .5rem; }
button { padding: .5rem; }
p[role=alert] { color: #b3261e; }
</style>
</head>
<body>
<main>
<h1>Dramalog</h1>
<form method="post" action="/login">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
${escaped ? `<p role="alert">${escaped}</p>` : ''}
<button type="submit">Open the journal</button>
</form>
</main>
</body>
</html>`;
}

/** What a page without the key or a session sees. */
export const NEEDS_KEY_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Dramalog: not signed in</title></head>
<body><main><h1>Dramalog</h1><p>Open the address <code>dramalog serve</code> printed when it started: it carries the key to this journal.</p></main></body></html>`;
