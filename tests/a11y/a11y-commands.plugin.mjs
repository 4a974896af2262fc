// Web-test-runner commands for tests/a11y/: Chromium's accessibility tree of
// an element (shadow roots included) and media features the stock
// `emulateMedia` command does not pass on to Chrome (forced-colors).
const sessions = new WeakMap();

async function cdp(page) {
  let client = sessions.get(page);
  if (!client) {
    client = await page.createCDPSession();
    sessions.set(page, client);
  }
  return client;
}

export function a11yCommandsPlugin() {
  return {
    name: 'nw-a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nw-ax-tree' && command !== 'nw-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs a Chromium launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'nw-media-features') {
        // features: [{ name: 'forced-colors', value: 'active' }, …]; [] resets.
        const client = await cdp(page);
        await client.send('Emulation.setEmulatedMedia', { media: '', features: payload.features });
        return true;
      }
      // The full tree through CDP (page.accessibility.snapshot drops parts of
      // shadow trees), cut to the subtree of the selected element.
      const client = await cdp(page);
      await client.send('Accessibility.enable');
      const { result } = await client.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(payload.selector)})` });
      if (!result.objectId) throw new Error(`no element matches ${payload.selector}`);
      const { node } = await client.send('DOM.describeNode', { objectId: result.objectId });
      await client.send('Runtime.releaseObject', { objectId: result.objectId });
      const { nodes } = await client.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
      if (!start) throw new Error(`${payload.selector} is not in the accessibility tree`);
      const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
      const build = (n) => {
        const children = (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap((c) => {
          const built = build(c);
          // Ignored and generic wrappers are skipped; their children stay in place.
          const role = c.role?.value;
          if (c.ignored || role === 'generic' || role === 'none' || role === 'InlineTextBox') return built.children ?? [];
          return [built];
        });
        const out = { role: n.role?.value, name: n.name?.value ?? '' };
        const level = prop(n, 'level');
        if (level !== undefined) out.level = level;
        if (children.length) out.children = children;
        return out;
      };
      return build(start);
    },
  };
}
