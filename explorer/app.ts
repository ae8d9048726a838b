import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createClient } from 'graphql-ws';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The gateway's explorer page: GraphiQL, served by the gateway itself (bundled at build time, no
 * CDN), with the example operations of each area as tabs. Queries and mutations go over HTTP,
 * subscriptions over graphql-ws, both with the token of the box at the top: from the address's
 * `#token=` (what `make demo` prints), kept for the tab's session.
 */
declare const EXAMPLES: { name: string; query: string }[];

const stored = new URLSearchParams(location.hash.slice(1)).get('token') ?? sessionStorage.getItem('explorer-token') ?? '';
let token = stored;
const authorization = () => (token ? { authorization: `Bearer ${token}` } : {});

const socket = createClient({
  url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  lazy: true,
  connectionParams: authorization,
});
const http = createGraphiQLFetcher({ url: '/graphql', wsClient: socket });
const fetcher: Fetcher = (params, options) => http(params, { ...options, headers: { ...authorization(), ...options?.headers } });

function TokenBox() {
  const [value, setValue] = useState(stored);
  return createElement('label', { className: 'explorer-token' },
    'Token ',
    createElement('input', {
      value, placeholder: 'a JWT: make demo prints one per demo user', spellCheck: false,
      onChange: (event: { target: { value: string } }) => {
        setValue(event.target.value);
        token = event.target.value.trim();
        sessionStorage.setItem('explorer-token', token);
        socket.terminate(); // the next subscription signs in with the new token
      },
    }));
}

function Explorer() {
  return createElement('div', { className: 'explorer' },
    createElement(TokenBox),
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: EXAMPLES.map((example) => ({ query: example.query })),
      defaultEditorToolsVisibility: true,
    }));
}

createRoot(document.getElementById('explorer')!).render(createElement(Explorer));
