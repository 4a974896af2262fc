// WordPress's REST API with an application password (Basic auth). Routes go
// through ?rest_route=, which works with any permalink setting.

export function restClient(base, { login, password }) {
  const authorization = `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
  async function request(method, route, { query = {}, body } = {}) {
    const url = new URL(base);
    url.searchParams.set('rest_route', route);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    const response = await fetch(url, {
      method,
      headers: { Authorization: authorization, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!response.ok || json === undefined) {
      throw new Error(`${method} ${route} as ${login}: HTTP ${response.status} ${json?.code ?? ''} ${json?.message ?? text.slice(0, 500)}`);
    }
    return json;
  }
  return {
    login,
    me: () => request('GET', '/wp/v2/users/me', { query: { context: 'edit' } }),
    createPost: ({ title, content, status = 'publish' }) => request('POST', '/wp/v2/posts', { body: { title, content, status } }),
    /** The post as stored (`content.raw`: what kses left). */
    getPost: (id) => request('GET', `/wp/v2/posts/${id}`, { query: { context: 'edit' } }),
    setPluginStatus: (plugin, status) => request('POST', `/wp/v2/plugins/${plugin}`, { body: { status } }),
  };
}
