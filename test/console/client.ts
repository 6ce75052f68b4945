// A logged-in user of the console through inject(): the session cookie and CSRF token.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { PASSWORD } from './stack.js';

export interface User {
  name: string;
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  json<T = unknown>(url: string): Promise<T>;
  post(url: string, form: Record<string, string | string[]>, o?: { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

const setCookies = (res: LightMyRequestResponse): string[] => {
  const h = res.headers['set-cookie'];
  return h === undefined ? [] : Array.isArray(h) ? h : [String(h)];
};
const cookieValue = (res: LightMyRequestResponse, name: string): string | undefined =>
  setCookies(res)
    .map((l) => l.split(';')[0]!)
    .find((p) => p.startsWith(`${name}=`))
    ?.slice(name.length + 1);

export async function loginAs(app: FastifyInstance, name: string, password = PASSWORD): Promise<User> {
  const form = await app.inject({ url: '/login' });
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
  const res = await app.inject({
    method: 'POST',
    url: '/login',
    headers: { cookie: `ilr_login=${cookieValue(form, 'ilr_login')}`, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, user: name, password }).toString(),
  });
  if (res.statusCode !== 303) throw new Error(`login of ${name}: ${res.statusCode}`);
  const cookie = `ilr_session=${cookieValue(res, 'ilr_session')}`;
  const home = await app.inject({ url: '/login', headers: { cookie } }); // redirects home; any page has the token
  const page = await app.inject({ url: home.headers.location as string, headers: { cookie } });
  const csrf = /name="csrf-token" content="([^"]+)"/.exec(page.body)![1]!;
  const user: User = {
    name,
    cookie,
    csrf,
    get: (url) => app.inject({ url, headers: { cookie } }),
    json: async <T>(url: string) => {
      const r = await app.inject({ url, headers: { cookie } });
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      return r.json<T>();
    },
    post: (url, f, o = {}) => {
      const body = new URLSearchParams();
      if (o.csrf !== false) body.append('_csrf', csrf);
      for (const [k, v] of Object.entries(f)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
      return app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
    },
  };
  return user;
}
