// Vite dev-server-only stand-ins for the host's API, so the dev/*.html pages work without the
// .NET host. Never part of the build output (configureServer runs only for `vite` serve).
const USERS = [
  { userName: 'zhangsan', displayName: '张三', department: '财务部' },
  { userName: 'lisi', displayName: '李四', department: '人力资源部' },
  { userName: 'wangwu', displayName: '王五', department: '技术部' },
];
const DEPARTMENTS = [
  { id: '10', name: '财务部', path: '总公司/财务部' },
  { id: '20', name: '技术部', path: '总公司/技术部' },
  { id: '21', name: '前端组', path: '总公司/技术部/前端组' },
];
const RECORDS = [
  { id: 'C-001', title: '2026 年度服务采购合同', fields: { party: '某某科技有限公司', contractAmount: 120000 } },
  { id: 'C-002', title: '办公场地租赁合同', fields: { party: '某某物业', contractAmount: 56000 } },
];

const match = (q, ...texts) => !q || texts.some((t) => String(t).includes(q));

export function devApi() {
  return {
    name: 'oa-dev-api',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url, 'http://localhost');
        const q = url.searchParams.get('q') || '';
        const send = (status, body) => {
          res.statusCode = status;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(body));
        };
        if (url.pathname === '/api/org/users') return send(200, USERS.filter((u) => match(q, u.userName, u.displayName)));
        if (url.pathname === '/api/org/departments') return send(200, DEPARTMENTS.filter((d) => match(q, d.name, d.path)));
        const ledger = /^\/api\/ledgers\/([^/]+)\/records$/.exec(url.pathname);
        if (ledger) return send(200, RECORDS.filter((r) => match(q, r.title)));
        if (url.pathname === '/api/files' && req.method === 'POST') {
          // The dev pages carry <meta name="csrf-token" content="dev-token">; checking it here
          // proves the island sends the anti-forgery header the host will require.
          if (req.headers.requestverificationtoken !== 'dev-token') return send(400, { title: 'missing anti-forgery token' });
          let size = 0;
          req.on('data', (chunk) => { size += chunk.length; });
          req.on('end', () => send(200, { id: `f${Date.now()}`, size }));
          return undefined;
        }
        if (url.pathname === '/api/definitions/moddle/oa.json') return send(404, { title: 'not in dev' });
        return next();
      });
    },
  };
}
