// The page every view renders into: title, navigation for the session's role, who is
// logged in, a logout form (POST, with the CSRF token).
import { html, raw, type Html } from './html.js';
import { NAV } from './roles.js';
import type { Session } from './sessions.js';

export interface PageOptions {
  title: string;
  session?: Session | null;
  /** The current path, to mark the navigation. */
  path?: string;
  body: Html;
  /** Scripts under /static/ to load (deferred). */
  scripts?: string[];
  styles?: string[];
}

export function page(o: PageOptions): Html {
  const s = o.session;
  const nav = s
    ? html`<nav aria-label="views">${NAV.filter((n) => n.roles.includes(s.role)).map(
        (n) => html`<a href="${n.path}"${raw(n.path === o.path ? ' aria-current="page"' : '')}>${n.title}</a>`,
      )}</nav>`
    : html``;
  const who = s
    ? html`<div class="who"><span>${s.user} (${s.role}${s.library ? ` of ${s.library}` : ''})</span>
<form method="post" action="/logout"><input type="hidden" name="_csrf" value="${s.csrf}"><button type="submit">Log out</button></form></div>`
    : html``;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${s ? html`<meta name="csrf-token" content="${s.csrf}">` : ''}
<title>${o.title} - ILR console</title>
<link rel="stylesheet" href="/static/console.css">
${(o.styles ?? []).map((x) => html`<link rel="stylesheet" href="/static/${x}">`)}
${(o.scripts ?? []).map((x) => html`<script defer src="/static/${x}"></script>`)}
</head>
<body>
<header><a class="brand" href="/">ILR console</a>${who}</header>
${nav}
<main>
<h1>${o.title}</h1>
${o.body}
</main>
<footer>Times are UTC. No patron data is shown or kept by this console.</footer>
</body>
</html>
`;
}
